/**
 * Finds known-format tokens, private keys and service-account JSON inside any string. Linear time with small
 * constants: native regex scans find candidate positions (a token start with a known prefix, or an infix marker),
 * and only those candidates are validated, each on one bounded token.
 */
import { ALL_PREFIXES, matchTokenFormat } from './formats';

export interface TokenMatch {
  readonly formatId: string;
  /** Index range within the scanned string. */
  readonly start: number;
  readonly end: number;
}

/** Characters a token may hold: base64/base64url, `.`, `~`, `%`, `=`. */
const TOKEN_CLASS = 'A-Za-z0-9_.+/~%=\\-';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A token start followed by a known prefix, then the rest of the token (one native pass). */
const PREFIXED = new RegExp(`(?<![${TOKEN_CLASS}])(?:${ALL_PREFIXES.map(escape).join('|')})[${TOKEN_CLASS}]*`, 'g');
/** Formats recognised by a marker inside the token (Entra ID `…1Q~…`, Terraform `….atlasv1.…`); run only when present. */
const INFIXED = new RegExp(`(?<![${TOKEN_CLASS}])(?:[A-Za-z0-9_~.]{3}\\dQ~|[a-z0-9]{14}\\.atlasv1\\.)[${TOKEN_CLASS}]*`, 'g');

const MAX_TOKEN = 4096;

/** Every known-format token in `value`. */
export function scanTokens(value: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  const pem = findPrivateKey(value);
  if (pem) matches.push(pem);
  const patterns = value.indexOf('Q~') !== -1 || value.indexOf('.atlasv1.') !== -1 ? [PREFIXED, INFIXED] : [PREFIXED];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
      const start = match.index;
      const run = match[0];
      if (pem && start < pem.end && start + run.length > pem.start) continue;
      const found = validate(run);
      if (found) matches.push({ formatId: found.formatId, start, end: start + found.length });
    }
  }
  return patterns.length > 1 ? matches.sort((a, b) => a.start - b.start) : matches;
}

/** The longest reading of a run that is a known format: as is, without trailing `.`/`=`, or up to its first `=`. */
function validate(run: string): { formatId: string; length: number } | undefined {
  if (run.length < 8 || run.length > MAX_TOKEN) return undefined;
  const candidates = [run];
  const trimmedDots = run.replace(/\.+$/, '');
  if (trimmedDots !== run) candidates.push(trimmedDots);
  const eq = run.indexOf('=');
  if (eq > 0) candidates.push(run.slice(0, eq), run.replace(/=+$/, ''));
  for (const candidate of candidates) {
    const formatId = matchTokenFormat(candidate);
    if (formatId) return { formatId, length: candidate.length };
  }
  return undefined;
}

/** `-----BEGIN … PRIVATE KEY-----` to its END line (or the end of the value); GCP service-account JSON as a whole. */
function findPrivateKey(value: string): TokenMatch | undefined {
  let from = 0;
  for (let guard = 0; guard < 16; guard++) {
    const begin = value.indexOf('-----BEGIN', from);
    if (begin === -1) return undefined;
    const headerEnd = value.indexOf('-----', begin + 10);
    if (headerEnd === -1) return undefined;
    const header = value.slice(begin + 10, Math.min(headerEnd, begin + 130));
    if (headerEnd - begin <= 130 && /PRIVATE KEY( BLOCK)?$/.test(header)) {
      const endMarker = value.indexOf('-----END', headerEnd + 5);
      const close = endMarker === -1 ? -1 : value.indexOf('-----', endMarker + 8);
      const end = close === -1 ? value.length : close + 5;
      const serviceAccount = value.indexOf('"service_account"') !== -1 && value.indexOf('private_key') !== -1;
      return { formatId: serviceAccount ? 'gcp-service-account' : 'private-key-pem', start: begin, end };
    }
    from = headerEnd;
  }
  return undefined;
}
