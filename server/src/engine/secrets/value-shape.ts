/** Cheap, linear-time facts about a candidate value: entropy, placeholders, references, paths, identifier shapes. */
import { findVariableReferences, literalRemainder } from '../model/variables';

/** Shannon entropy in bits per character (gitleaks' measure). Linear in the length. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const ascii = new Array<number>(128).fill(0);
  const other = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) ascii[code] = (ascii[code] ?? 0) + 1;
    else other.set(code, (other.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of [...ascii, ...other.values()]) {
    if (count === 0) continue;
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** How many of lower, upper, digit, symbol occur. */
export function characterClasses(value: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

const PLACEHOLDER_WORDS = /(your|my)[-_ ]?(own[-_ ]?)?(api[-_ ]?)?(key|token|secret|password|pass|pat|id|access|personal|actual|real|account)|^(your|my)[-_ ]|_here$|-here$|here>?$|^<.*>$|^\[.*\]$|^\{.*\}$|^\{\{.*\}\}$|^%[A-Za-z_]+%$|^@[A-Za-z_]+@$|changeme|change[-_]me|replace[-_ ]?(me|with|this)|placeholder|example|dummy|sample|insert[-_ ]|enter[-_ ]|paste[-_ ]|put[-_ ]your|^todo$|^tbd$|^fixme$|^none$|^null$|^undefined$|^true$|^false$|^secret$|^password$|^token$|^api[-_]?key$|^redacted$|^xxx|xxxx|\*\*\*|\.\.\.|\u2026/i;

/**
 * An obvious placeholder: `YOUR_API_KEY`, `<token>`, `xxx…`, `changeme`, `sk-...`, `ntn_****`, `{secret}`, a single
 * repeated character, empty. Linear: one bounded regex over at most 256 characters plus a scan.
 */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (trimmed.length > 256) return false;
  if (isRepeatedCharacter(trimmed)) return true;
  if (PLACEHOLDER_WORDS.test(trimmed)) return true;
  // A known prefix followed only by a mask: `ghp_xxxxxxxx`, `sk-...`, `ntn_****`, `sbp_0000000000`.
  if (/^[A-Za-z0-9]{1,12}[-_.][-_.x*0#\u2022X]+$/.test(trimmed)) return true;
  // Upper-case words joined by `_` ending in a secret noun: `GITHUB_TOKEN`, `OPENAI_API_KEY` as a value.
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_(KEY|TOKEN|SECRET|PASSWORD|PAT|ID)$/.test(trimmed)) return true;
  return false;
}

function isRepeatedCharacter(value: string): boolean {
  const first = value.charCodeAt(0);
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== first) return false;
  return true;
}

/** The value holds no literal of its own: only variable references (and maybe a `Bearer ` prefix). */
export function isReferenceOnly(value: string): boolean {
  if (value.indexOf('$') === -1) return /^COPILOT_MCP_[A-Z0-9_]+$/.test(value.trim());
  const rest = literalRemainder(value);
  return rest !== undefined && rest.replace(/^\s*(Bearer|Basic|Token|token|bearer)\s*/, '').trim().length === 0;
}

/** Removes variable references from a value, so only its literal text is examined. */
export function literalParts(value: string): { text: string; start: number }[] {
  if (value.indexOf('$') === -1) return [{ text: value, start: 0 }];
  const parts: { text: string; start: number }[] = [];
  let cursor = 0;
  for (const ref of findVariableReferences(value)) {
    if (ref.start > cursor) parts.push({ text: value.slice(cursor, ref.start), start: cursor });
    cursor = ref.end;
  }
  if (cursor < value.length) parts.push({ text: value.slice(cursor), start: cursor });
  return parts;
}

/** A file system path (absolute, home-relative, Windows drive, or `./x`), not a secret. */
export function looksLikePath(value: string): boolean {
  return /^(\/|~\/|\.{1,2}\/|[A-Za-z]:[\\/]|\\\\)/.test(value) && !/\s/.test(value.slice(0, 200));
}

/**
 * An identifier rather than a secret: dash/underscore-separated lower-case words such as a GCP project id
 * (`gen-lang-client-0123456789`), a version, an email, a domain or a number.
 */
export function looksLikeIdentifier(value: string): boolean {
  if (value.length > 256) return false;
  if (/^\d+(\.\d+)*$/.test(value)) return true;
  if (/^v?\d+\.\d+(\.\d+)?([-+][\w.]+)?$/.test(value)) return true;
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return true;
  if (/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(value) && !/\d{6}/.test(value)) return true;
  const segments = value.split(/[-_]/);
  if (segments.length >= 3) {
    const words = segments.filter((s) => /^[a-z]{3,}$/.test(s)).length;
    if (words >= 2 && words >= segments.length - 1) return true;
  }
  return false;
}

/** Upper-case letters, digits and `_`: a plausible environment variable name. */
export function isEnvName(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value);
}
