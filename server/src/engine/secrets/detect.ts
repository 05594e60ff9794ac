/**
 * Decides whether a string holds a literal secret, and which kind: known formats (high confidence), a secret-like
 * name with enough entropy (medium), a secret-like name with a short or plain value (low, pedantic only).
 */
import { memoize2 } from '../bounded-memo';
import type { Confidence } from '../findings/finding';
import { formatById, formatByVariableName, isWeakFormat, kindLabel, NAME_ANCHORED_FORMATS } from './formats';
import { isPasswordName, isSecretName, secretNoun } from './key-names';
import { scanTokens } from './scan';
import { findUrlSecrets, urlScheme } from './urls';
import {
  characterClasses, isPlaceholder, isReferenceOnly, literalParts, looksLikeIdentifier, looksLikePath, shannonEntropy,
} from './value-shape';

export interface ValueSecret {
  /** "GitHub personal access token", "Postgres password", "API key". */
  readonly kind: string;
  readonly formatId?: string;
  readonly confidence: Confidence;
  /** Index range inside the examined string. */
  readonly start: number;
  readonly end: number;
  /** The URL part, for secrets found in URLs. */
  readonly urlPart?: 'userinfo' | 'query' | 'path';
}

/** Examines one string; `name` is the key, header, flag or parameter it belongs to, when there is one. */
/** Longer values are only scanned for known formats: no API key, password or URL is that long. */
const MAX_STRUCTURED = 16384;

export function detectInString(value: string, name?: string, depth = 0): readonly ValueSecret[] {
  return depth === 0 && value.length <= MAX_REMEMBERED ? remembered(name ?? '', value) : detect(value, name, depth);
}

/** Values recur across servers and, in the editor, in every lint of a file: short ones are examined once. */
const MAX_REMEMBERED = 512;
// An empty name means no name: `detect` treats both alike (it only looks at names that are non-empty).
const remembered = memoize2((name, value) => detect(value, name === '' ? undefined : name, 0));

function detect(value: string, name: string | undefined, depth: number): readonly ValueSecret[] {
  if (value.length === 0 || depth > 4) return [];
  if (value.length > MAX_STRUCTURED) return knownTokens(value, name);
  if (isReferenceOnly(value)) return [];
  const trimmedStart = value.length - value.trimStart().length;
  const body = value.trim();
  if (body.includes('"service_account"')) {
    const serviceAccount = scanTokens(value).filter((match) => match.formatId === 'gcp-service-account');
    if (serviceAccount.length > 0) return serviceAccount.map((match) => ({ kind: kindLabel(match.formatId), formatId: match.formatId, confidence: 'high', start: match.start, end: match.end }));
  }
  if ((body.startsWith('{') && body.endsWith('}')) || (body.startsWith('[') && body.endsWith(']'))) {
    const nested = detectInJson(value, depth);
    if (nested) return nested;
  }
  if (urlScheme(body)) return findUrlSecrets(body).map((secret) => shift({ ...secret, urlPart: secret.part }, trimmedStart));
  const header = detectAuthorizationValue(body, name, depth);
  if (header) return [shift(header, trimmedStart)];
  const tokens = knownTokens(value, name);
  if (tokens.length > 0) return tokens;
  if (name && isSecretName(name)) {
    const generic = classifyNamedValue(value, name);
    return generic ? [generic] : [];
  }
  return [];
}

function knownTokens(value: string, name: string | undefined): ValueSecret[] {
  return scanTokens(value).map((match): ValueSecret => ({
    kind: kindLabel(match.formatId),
    formatId: match.formatId,
    confidence: isWeakFormat(match.formatId) && !(name && isSecretName(name)) ? 'medium' : 'high',
    start: match.start,
    end: match.end,
  }));
}

/** `Bearer x`, `Basic x`, `Token x`, optionally after `Authorization:`; any header-ish `Name: value` with a secret name. */
function detectAuthorizationValue(value: string, name: string | undefined, depth: number): ValueSecret | undefined {
  let offset = 0;
  let text = value;
  const headerLine = /^([A-Za-z][A-Za-z0-9-]{1,40})\s*:\s*/.exec(text);
  if (headerLine) {
    const headerName = headerLine[1] ?? '';
    if (!/^authorization$/i.test(headerName) && !isSecretName(headerName)) return undefined;
    offset = headerLine[0].length;
    text = text.slice(offset);
    name = headerName;
  }
  const scheme = /^(Bearer|Basic|Token|token|bearer|basic)\s+/.exec(text);
  if (!scheme) {
    if (!headerLine) return undefined;
    return shiftOptional(detectInString(text, name, depth + 1)[0], offset);
  }
  const credentialStart = offset + scheme[0].length;
  const credential = value.slice(credentialStart).trim();
  if (credential.length < 6 || isPlaceholder(credential) || isReferenceOnly(credential) || literalParts(credential).every((p) => p.text.trim() === '')) return undefined;
  const known = scanTokens(credential)[0];
  if (known && known.start === 0) {
    return { kind: kindLabel(known.formatId), formatId: known.formatId, confidence: 'high', start: credentialStart, end: credentialStart + known.end };
  }
  const basic = (scheme[1] ?? '').toLowerCase() === 'basic';
  if (basic && !/^[A-Za-z0-9+/]{8,}={0,2}$/.test(credential)) return undefined;
  const strong = basic ? isBase64Credentials(credential) : credential.length >= 16 && shannonEntropy(credential) > 3;
  return {
    kind: basic ? 'Basic authentication credentials' : 'bearer token',
    formatId: 'bearer-header',
    confidence: strong ? 'high' : 'medium',
    start: credentialStart,
    end: credentialStart + credential.length,
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of `user:password`: decodes and looks for the `:` byte. */
function isBase64Credentials(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0 || value.length > 4096) return false;
  let bits = 0;
  let buffer = 0;
  for (let i = 0; i < value.length && value[i] !== '='; i++) {
    buffer = (buffer << 6) | BASE64.indexOf(value[i] as string);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (((buffer >> bits) & 0xff) === 58) return true;
    }
  }
  return false;
}

/** A value under a secret-like name that matches no known format. */
export function classifyNamedValue(value: string, name: string): ValueSecret | undefined {
  const parts = literalParts(value).filter((part) => part.text.trim().length > 0);
  if (parts.length !== 1) return undefined;
  const part = parts[0] as { text: string; start: number };
  const leading = part.text.length - part.text.trimStart().length;
  const text = part.text.trim();
  const start = part.start + leading;
  if (isPlaceholder(text) || looksLikePath(text.replace(/^@/, '')) || urlScheme(text)) return undefined;
  if (/^(true|false|yes|no|on|off|null|none|\d{1,6})$/i.test(text)) return undefined;
  const named = formatByVariableName(name);
  const byName = named && formatById(named)?.provider !== 'generic' ? named : undefined;
  const anchored = byName !== undefined && NAME_ANCHORED_FORMATS.has(byName);
  const noun = secretNoun(name);
  const kind = byName ? kindLabel(byName) : noun;
  const result = (confidence: Confidence): ValueSecret => ({ kind, ...(byName ? { formatId: byName } : {}), confidence, start, end: start + text.length });
  if (isPasswordName(name)) {
    if (text.length >= 8 && characterClasses(text) >= 2 && !looksLikeIdentifier(text)) return result('medium');
    return text.length >= 3 ? result('low') : undefined;
  }
  if (looksLikeIdentifier(text) || /\s/.test(text)) return text.length >= 3 ? result('low') : undefined;
  const entropy = shannonEntropy(text);
  const hex = /^[0-9a-fA-F-]+$/.test(text);
  const lettersOnly = /^[A-Za-z_.-]+$/.test(text);
  const strong = text.length >= 16
    ? entropy > (hex ? 3 : 3.5) && (!lettersOnly || (text.length >= 24 && entropy > 4))
    : text.length >= 10 && characterClasses(text) >= 3 && entropy > 3;
  if (strong) return result(anchored ? 'high' : 'medium');
  return text.length >= 3 ? result('low') : undefined;
}

/** Parses a JSON object or array held in a string and examines every string leaf under its key. */
function detectInJson(value: string, depth: number): ValueSecret[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const results: ValueSecret[] = [];
  let searchFrom = 0;
  const visit = (node: unknown, key: string | undefined, level: number): void => {
    if (level > 8) return;
    if (typeof node === 'string') {
      for (const secret of detectInString(node, key, depth + 1)) {
        const text = node.slice(secret.start, secret.end);
        const at = value.indexOf(text, searchFrom);
        const index = at === -1 ? value.indexOf(text) : at;
        if (index === -1) continue;
        searchFrom = index + text.length;
        results.push({ ...secret, start: index, end: index + text.length });
      }
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, key, level + 1);
    } else if (node && typeof node === 'object') {
      for (const [childKey, child] of Object.entries(node as Record<string, unknown>)) visit(child, childKey, level + 1);
    }
  };
  visit(parsed, undefined, 0);
  return results;
}

function shift<T extends ValueSecret>(secret: T, by: number): T {
  return by === 0 ? secret : { ...secret, start: secret.start + by, end: secret.end + by };
}

function shiftOptional(secret: ValueSecret | undefined, by: number): ValueSecret | undefined {
  return secret ? shift(secret, by) : undefined;
}

/** The format id a variable name points to, for naming fixes and kinds. */
export { formatByVariableName };
