/** A URL safe to print: every credential part (userinfo password, secret query value, capability path) redacted. */
import { memoize } from '../bounded-memo';
import { redact } from './redact';
import { findUrlSecrets } from './urls';

/** URLs are redacted again and again (capability reasons, identities, messages): short ones once each. */
const MAX_REMEMBERED = 1024;
const remembered = memoize(redactOnce);

export function redactUrl(url: string): string {
  return url.length <= MAX_REMEMBERED ? remembered(url) : redactOnce(url);
}

function redactOnce(url: string): string {
  const secrets = findUrlSecrets(url).sort((a, b) => b.start - a.start);
  let result = url;
  for (const secret of secrets) result = result.slice(0, secret.start) + redact(result.slice(secret.start, secret.end)) + result.slice(secret.end);
  return result;
}
