/**
 * Where secrets hide in an MCP config: env values, headers, args (flags, `KEY=value`, bare tokens, DSNs, JSON),
 * the command, the URL, other server fields and VS Code `inputs` defaults. One analysis per config, shared by the rules.
 */
import { memoize2, memoizeLatest } from '../bounded-memo';
import type { Confidence } from '../findings/finding';
import type { Located, McpConfig } from '../model/mcp-config';
import type { ServerEntry } from '../model/server-entry';
import type { ParsedDocument } from '../parse/document';
import type { Span } from '../text/span';
import { detectInString, type ValueSecret } from './detect';
import { isSecretFlag, isSecretName } from './key-names';
import { isEnvName, shannonEntropy } from './value-shape';
import { EMPTY_LIST } from '../empty-list';

export type SecretPlace = 'env' | 'header' | 'arg' | 'command' | 'url' | 'field' | 'input-default';

export interface SecretHit {
  readonly place: SecretPlace;
  readonly server?: ServerEntry;
  /** The string value that holds the secret. */
  readonly holder: Located<string>;
  /** Index range of the secret in the holder's decoded value. */
  readonly start: number;
  readonly end: number;
  /** The secret itself; never printed (see redact.ts). */
  readonly secret: string;
  readonly kind: string;
  readonly formatId?: string;
  readonly confidence: Confidence;
  /** The env key, header, flag, parameter or input id the secret is under. */
  readonly name?: string;
  /** Source range of the secret. */
  readonly span: Span;
  /** For args: the index of a preceding flag arg that belongs to the secret (`--api-key X`). */
  readonly flagIndex?: number;
  readonly urlPart?: 'userinfo' | 'query' | 'path';
}

/** Whether a hit of this confidence is reported in the current profile (low confidence: pedantic only). */
export function reportable(hit: SecretHit, context: { engineConfig: { profile: string } }): boolean {
  return hit.confidence !== 'low' || context.engineConfig.profile === 'pedantic';
}

/** Server fields examined elsewhere (or never secrets). */
const HANDLED_FIELDS = new Set(['command', 'args', 'env', 'headers', 'url', 'serverUrl', 'httpUrl', 'type', 'transportType', 'cwd', 'envFile', 'disabled', 'enabled', 'autoApprove', 'alwaysAllow', 'tools', 'timeout', 'description', 'name',
  // Codex: an inline `bearer_token` has its own rule (codex-inline-bearer-token); `*_env_var(s)` hold variable names.
  'bearer_token', 'bearer_token_env_var', 'env_vars', 'env_http_headers', 'env_keys']);

/** Every literal secret of the config, in document order. Cached for the latest config (the rules of one lint share it). */
export const findSecrets: (config: McpConfig, document: ParsedDocument) => readonly SecretHit[] = memoizeLatest(secretsOf);

function secretsOf(config: McpConfig, document: ParsedDocument): readonly SecretHit[] {
  const hits: SecretHit[] = [];
  const add = (place: SecretPlace, holder: Located<string>, secrets: readonly ValueSecret[], extra: Partial<SecretHit> = {}, base = 0): void => {
    for (const secret of secrets) {
      const start = base + secret.start;
      const end = base + secret.end;
      if (end <= start) continue;
      const offset = document.sourceOffsetInString(holder.node, start);
      const endOffset = document.sourceOffsetInString(holder.node, end);
      hits.push({
        place,
        holder,
        start,
        end,
        secret: holder.value.slice(start, end),
        kind: secret.kind,
        confidence: secret.confidence,
        span: { offset, length: Math.max(1, endOffset - offset) },
        ...(secret.formatId ? { formatId: secret.formatId } : {}),
        ...(secret.urlPart ? { urlPart: secret.urlPart } : {}),
        ...extra,
      });
    }
  };
  // The detail objects are built only for the few values that hold a secret.
  const addNamed = (place: SecretPlace, holder: Located<string>, secrets: readonly ValueSecret[], server: ServerEntry, name?: string): void => {
    if (secrets.length > 0) add(place, holder, secrets, name === undefined ? { server } : { server, name });
  };
  for (const server of config.servers) {
    for (const entry of server.env) {
      const value = asString(entry.value);
      if (value) addNamed('env', value, detectInString(value.value, entry.key), server, entry.key);
    }
    for (const entry of server.headers) {
      const value = asString(entry.value);
      if (value) addNamed('header', value, detectInString(value.value, entry.key), server, entry.key);
    }
    if (server.url) addNamed('url', server.url, detectInString(server.url.value), server);
    if (server.command) {
      for (const found of scanWords(server.command.value)) add('command', server.command, found.secrets, { server, ...nameOf(found.name) }, found.base);
    }
    const args = server.args;
    for (let index = 0; index < args.length; index++) {
      const arg = args[index] as Located<string>;
      if (arg.node.type !== 'string') continue;
      const previous = index > 0 ? args[index - 1]?.value : undefined;
      for (const found of scanArg(arg.value, previous)) {
        add('arg', arg, found.secrets, { server, ...nameOf(found.name), ...(found.usesPrevious ? { flagIndex: index - 1 } : {}) }, found.base);
      }
    }
    for (const field of server.fields) {
      if (HANDLED_FIELDS.has(field.key)) continue;
      scanField(field.key, field.value, (holder, key) => add('field', holder, detectInString(holder.value, key), { server, name: key }), 0);
    }
  }
  for (const input of config.inputs) {
    const value = input.defaultValue ? asString(input.defaultValue) : undefined;
    if (!value) continue;
    const name = input.password?.value === true ? `${input.id.value}_password` : input.id.value;
    add('input-default', value, detectInString(value.value, name), { name: input.id.value });
  }
  return hits;
}

function nameOf(name: string | undefined): { name?: string } {
  return name ? { name } : {};
}

function asString(value: Located<unknown>): Located<string> | undefined {
  return typeof value.value === 'string' && value.node.type === 'string' ? (value as Located<string>) : undefined;
}

/** String fields with secret-like names, one object level deep (`auth.CLIENT_SECRET`, `apiKey`). */
function scanField(key: string, value: Located<unknown>, visit: (holder: Located<string>, key: string) => void, depth: number): void {
  const text = asString(value);
  if (text) {
    if (isSecretName(key)) visit(text, key);
    return;
  }
  if (depth > 0 || value.node.type !== 'object' || !value.node.children) return;
  for (const property of value.node.children) {
    const keyNode = property.children?.[0];
    const valueNode = property.children?.[1];
    if (typeof keyNode?.value !== 'string' || valueNode?.type !== 'string') continue;
    const path = [...value.path, keyNode.value];
    scanField(keyNode.value, { value: valueNode.value, path, span: { offset: valueNode.offset, length: valueNode.length }, node: valueNode }, visit, depth + 1);
  }
}

interface ArgFinding {
  readonly secrets: readonly ValueSecret[];
  /** Offset of the examined part inside the arg. */
  readonly base: number;
  readonly name?: string;
  /** The secret is the value of the preceding flag arg. */
  readonly usesPrevious?: boolean;
}

/** Short flags that take a value in many CLIs (`-t TOKEN`, `-k KEY`): only a strong value counts. */
const WEAK_FLAGS = new Set(['-t', '-k', '-a']);

/**
 * Args recur across servers and lints (`-y`, `--port`, a package): each is examined once per preceding flag. The
 * flag comes first, as only flags change the verdict and they are few (each first key holds a map of its own).
 */
const MAX_REMEMBERED_ARG = 512;
const rememberedArg = memoize2((flag, value) => examineArg(value, flag));

/** One arg, knowing the arg before it (`--api-key` then the key). Results are shared: never changed. */
function scanArg(value: string, previous: string | undefined): readonly ArgFinding[] {
  const flag = previous !== undefined && /^-{1,2}[A-Za-z]/.test(previous) && !previous.includes('=') ? previous : '';
  return value.length <= MAX_REMEMBERED_ARG && flag.length <= MAX_REMEMBERED_ARG ? rememberedArg(flag, value) : examineArg(value, flag);
}

/** `flag`: the preceding arg when it is a flag without `=`, else empty. */
function examineArg(value: string, flag: string): readonly ArgFinding[] {
  if (flag !== '' && !value.startsWith('-')) {
    if (isSecretFlag(flag)) return [{ secrets: detectInString(value, flag.replace(/^-+/, '')), base: 0, name: flag, usesPrevious: true }];
    if (WEAK_FLAGS.has(flag) && value.length >= 20 && shannonEntropy(value) > 4) {
      return [{ secrets: detectInString(value, 'token'), base: 0, name: flag, usesPrevious: true }];
    }
    if (/^-(H|-header)$/.test(flag)) return [{ secrets: detectInString(value), base: 0, name: flag }];
  }
  return scanWords(value);
}

/** Splits a string into whitespace-separated words (a command, a `sh -c` script) and examines each in context. */
function scanWords(value: string): readonly ArgFinding[] {
  const trimmed = value.trim();
  if (!/\s/.test(trimmed) || /^[{[]/.test(trimmed) || /^[A-Za-z][A-Za-z0-9-]*\s*:\s/.test(trimmed) || /^(Bearer|Basic|Token)\s/i.test(trimmed)) {
    return scanWord(value, 0);
  }
  const found: ArgFinding[] = [];
  const pattern = /\S+/g;
  let previous: string | undefined;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const word = match[0];
    const unquoted = stripQuotes(word);
    const base = match.index + unquoted.offset;
    if (previous && /^-{1,2}[A-Za-z]/.test(previous) && !previous.includes('=') && isSecretFlag(previous) && !unquoted.text.startsWith('-')) {
      found.push({ secrets: detectInString(unquoted.text, previous.replace(/^-+/, '')), base, name: previous });
    } else {
      found.push(...scanWord(unquoted.text, base));
    }
    previous = word;
  }
  return found;
}

/** One word: `--flag=value`, `NAME=value`, or anything else (known formats, URLs, JSON, headers). */
function scanWord(word: string, base: number): readonly ArgFinding[] {
  const eq = word.indexOf('=');
  if (eq > 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(word)) {
    const key = word.slice(0, eq);
    const rest = stripQuotes(word.slice(eq + 1));
    const flag = /^-{1,2}[A-Za-z]/.test(key);
    if ((flag && isSecretFlag(key)) || (!flag && isEnvName(key))) {
      const name = flag ? key.replace(/^-+/, '') : key;
      return [{ secrets: detectInString(rest.text, name), base: base + eq + 1 + rest.offset, name: key }];
    }
  }
  const secrets = detectInString(word);
  if (secrets.length > 0) return [{ secrets, base }];
  const prefixed = vendorPrefixedToken(word);
  return prefixed ? [{ secrets: [prefixed], base }] : NOTHING_FOUND;
}

/** Shared by the many words that hold nothing. */
const NOTHING_FOUND: readonly ArgFinding[] = EMPTY_LIST;

/** A bare `vendor_<long random>` token (`napi_…`) that matches no known format but cannot be anything else. */
function vendorPrefixedToken(word: string): ValueSecret | undefined {
  const match = /^([a-z][a-z0-9]{1,9})_([A-Za-z0-9]{32,200})$/.exec(word);
  if (!match || shannonEntropy(match[2] ?? '') < 4) return undefined;
  return { kind: `API key (${match[1]}_ prefix)`, confidence: 'medium', start: 0, end: word.length };
}

function stripQuotes(text: string): { text: string; offset: number } {
  const first = text[0];
  if ((first === '"' || first === "'") && text.length >= 2 && text.endsWith(first)) return { text: text.slice(1, -1), offset: 1 };
  return { text, offset: 0 };
}
