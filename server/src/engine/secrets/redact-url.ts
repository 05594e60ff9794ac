/** A URL safe to print: every credential part (userinfo password, secret query value, capability path) redacted. */
import { redact } from './redact';
import { findUrlSecrets } from './urls';

export function redactUrl(url: string): string {
  const secrets = findUrlSecrets(url).sort((a, b) => b.start - a.start);
  let result = url;
  for (const secret of secrets) result = result.slice(0, secret.start) + redact(result.slice(secret.start, secret.end)) + result.slice(secret.end);
  return result;
}
