/**
 * Reads `command` + `args` into what is really launched: the launcher (npx, uvx, docker run, ...), the
 * package with the exact range of its name and version, and the flags around it. Looks through
 * wrappers (`cmd /c`, `sh -c "..."`, `env VAR=1`, absolute launcher paths, a command string with spaces).
 */
import { memoize } from '../bounded-memo';
import type { ParsedDocument } from '../parse/document';
import type { Span } from '../text/span';
import type { Located } from './located';
import { splitShellWords } from './shell-words';
import { parseDenoSpec, parseImageSpec, parseNpmSpec, parsePypiSpec, type Ecosystem, type ParsedSpec, type VersionKind } from './package-spec';
import { LAUNCHER_GRAMMARS, type LauncherGrammar } from './launchers';

export type { Ecosystem, VersionKind };

/** One word of the effective command line. `span` covers the word in the source text. */
export interface LaunchToken {
  readonly value: string;
  readonly span: Span;
  /** -1 for the `command` field, else the index into `args`. */
  readonly argIndex: number;
  /** True when the word is part of a longer string (a `sh -c` script, a command with spaces). */
  readonly embedded: boolean;
}

export interface PackageRef {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  readonly nameSpan: Span;
  /** The version spec as written, without its separator (`1.2.3`, `^1`, `latest`, `==1.0`). */
  readonly version?: string;
  readonly versionSpan?: Span;
  readonly versionKind: VersionKind;
  readonly digest?: string;
  /** The whole package token (name, version and digest). */
  readonly token: LaunchToken;
}

export type Launcher =
  | 'npx' | 'npm-exec' | 'bunx' | 'pnpm-dlx' | 'yarn-dlx'
  | 'uvx' | 'uv-tool-run' | 'pipx-run'
  | 'docker-run' | 'podman-run' | 'deno'
  | 'local';

export type Wrapper = 'cmd' | 'shell' | 'powershell' | 'env' | 'command-string';

export interface LaunchSpec {
  readonly launcher: Launcher;
  /** The launcher word (`npx`, `/usr/local/bin/uvx`, `docker`). */
  readonly launcherToken: LaunchToken;
  /** The effective command line after unwrapping, launcher first. */
  readonly tokens: readonly LaunchToken[];
  readonly wrappers: readonly Wrapper[];
  /** `-y` / `--yes`: npx runs a package without asking to install it. */
  readonly autoYes?: LaunchToken;
  /** The package that is run; undefined for local scripts and unknown shapes. */
  readonly package?: PackageRef;
  /** Further packages installed alongside (`npx -p a -p b`, `uvx --with x`). */
  readonly extraPackages: readonly PackageRef[];
  /** Launcher flags before the package (docker run flags, npx flags), as written. */
  readonly launcherFlags: readonly LaunchToken[];
  /** Arguments given to the launched program, after the package. */
  readonly programArgs: readonly LaunchToken[];
}

export function readLaunchSpec(document: ParsedDocument, command: Located<string>, args: readonly Located<string>[]): LaunchSpec | undefined {
  const wrappers: Wrapper[] = [];
  // concat, not a spread: the spread array keeps spare slots for as long as the config lives.
  let tokens: LaunchToken[] = [tokenOf(document, command, -1)].concat(args.map((arg, index) => tokenOf(document, arg, index)));
  const first = tokens[0] as LaunchToken;
  if (/\s/.test(first.value.trim()) && !looksLikePathWithSpaces(first.value)) {
    tokens = [...splitLocated(document, command, -1), ...tokens.slice(1)];
    wrappers.push('command-string');
  }
  for (let guard = 0; guard < 4; guard++) {
    const unwrapped = unwrapOnce(document, tokens, command, args);
    if (!unwrapped) break;
    wrappers.push(unwrapped.wrapper);
    tokens = unwrapped.tokens;
  }
  const launcherToken = tokens[0];
  if (!launcherToken) return undefined;
  const program = baseName(launcherToken.value);
  for (const grammar of LAUNCHER_GRAMMARS) {
    const consumed = grammar.match(program, tokens);
    if (consumed === undefined) continue;
    return readWithGrammar(grammar, tokens, consumed, wrappers);
  }
  if (['node', 'python', 'python3', 'bun', 'deno', 'uv', 'java', 'dotnet', 'go', 'ruby', 'php'].includes(program)) {
    return { launcher: 'local', launcherToken, tokens, wrappers, autoYes: undefined, package: undefined, extraPackages: [], launcherFlags: [], programArgs: tokens.slice(1) };
  }
  return undefined;
}

/** The executable's name without folders and Windows extensions, lower-cased: `C:\\x\\npx.cmd` -> `npx`. */
export function baseName(value: string): string {
  // Index arithmetic rather than split and replace: every rule asks for the command's base name.
  const last = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1).toLowerCase();
  const dot = last.lastIndexOf('.');
  return dot !== -1 && WINDOWS_EXTENSIONS.has(last.slice(dot)) ? last.slice(0, dot) : last;
}

const WINDOWS_EXTENSIONS = new Set(['.exe', '.cmd', '.bat', '.ps1']);

function looksLikePathWithSpaces(value: string): boolean {
  return /^([A-Za-z]:\\|\/|~\/)/.test(value) && !/\s-/.test(value);
}

function tokenOf(document: ParsedDocument, value: Located<string>, argIndex: number): LaunchToken {
  return new WholeValueToken(document, value, argIndex);
}

/**
 * The command or a whole arg as a token. Its span (the string's content, without quotes) is read from the document
 * when a rule asks: every server keeps its tokens for the whole lint, and rules ask for few spans.
 */
class WholeValueToken implements LaunchToken {
  readonly value: string;
  readonly argIndex: number;
  private readonly source: Located<string>;
  private readonly document: ParsedDocument;

  constructor(document: ParsedDocument, source: Located<string>, argIndex: number) {
    this.value = source.value;
    this.argIndex = argIndex;
    this.source = source;
    this.document = document;
  }

  get embedded(): boolean {
    return false;
  }

  get span(): Span {
    const node = this.source.node;
    return node.type === 'string' ? contentSpan(this.document, this.source) : { offset: node.offset, length: node.length };
  }

  /** Serialises as the plain tokens do (never the document it reads from). */
  toJSON(): LaunchToken {
    return { value: this.value, span: this.span, argIndex: this.argIndex, embedded: false };
  }
}

function contentSpan(document: ParsedDocument, value: Located<string>): Span {
  const start = document.sourceOffsetInString(value.node, 0);
  const end = document.sourceOffsetInString(value.node, value.value.length);
  return { offset: start, length: end - start };
}

/** Splits a located string into shell words whose spans point into the source. */
function splitLocated(document: ParsedDocument, value: Located<string>, argIndex: number): LaunchToken[] {
  return splitShellWords(value.value)
    .filter((word) => !word.operator)
    .map((word) => {
      const start = document.sourceOffsetInString(value.node, word.start);
      const end = document.sourceOffsetInString(value.node, word.end);
      return { value: word.value, span: { offset: start, length: end - start }, argIndex, embedded: true };
    });
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'ash']);
const LAUNCHER_NAMES = new Set(['npx', 'npm', 'bunx', 'bun', 'pnpm', 'yarn', 'uvx', 'uv', 'pipx', 'docker', 'podman', 'deno']);

function unwrapOnce(
  document: ParsedDocument,
  tokens: LaunchToken[],
  command: Located<string>,
  args: readonly Located<string>[],
): { wrapper: Wrapper; tokens: LaunchToken[] } | undefined {
  const program = baseName(tokens[0]?.value ?? '');
  if (program === 'cmd') {
    const flagIndex = tokens.findIndex((token, index) => index > 0 && /^\/[ck]$/i.test(token.value));
    if (flagIndex === -1) return undefined;
    const rest = tokens.slice(flagIndex + 1);
    return { wrapper: 'cmd', tokens: expandSingleString(document, rest, command, args) };
  }
  if (program === 'env') {
    let index = 1;
    while (index < tokens.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(tokens[index]?.value ?? '') || /^-/.test(tokens[index]?.value ?? ''))) index++;
    return index < tokens.length ? { wrapper: 'env', tokens: tokens.slice(index) } : undefined;
  }
  const isShell = SHELLS.has(program);
  const isPowerShell = program === 'powershell' || program === 'pwsh';
  if (isShell || isPowerShell) {
    const flagIndex = tokens.findIndex((token, index) =>
      index > 0 && (isShell ? /^-[a-z]*c[a-z]*$/.test(token.value) : /^-(c|command)$/i.test(token.value)));
    const script = flagIndex === -1 ? undefined : tokens[flagIndex + 1];
    if (!script) return undefined;
    const located = script.argIndex >= 0 ? args[script.argIndex] : command;
    const words = located && !script.embedded ? splitScript(document, located, script.argIndex) : [];
    return words.length > 0 ? { wrapper: isShell ? 'shell' : 'powershell', tokens: words } : undefined;
  }
  return undefined;
}

/** `cmd /c "npx -y pkg"` passes one string: split it. */
function expandSingleString(document: ParsedDocument, rest: LaunchToken[], command: Located<string>, args: readonly Located<string>[]): LaunchToken[] {
  const only = rest[0];
  if (rest.length !== 1 || !only || only.embedded || !/\s/.test(only.value)) return rest;
  const located = only.argIndex >= 0 ? args[only.argIndex] : command;
  return located ? splitLocated(document, located, only.argIndex) : rest;
}

/** The words of the first command in a script that runs a known launcher (else of the first command). */
function splitScript(document: ParsedDocument, script: Located<string>, argIndex: number): LaunchToken[] {
  const words = splitShellWords(script.value);
  const commands: { start: number; end: number }[] = [];
  let start = 0;
  words.forEach((word, index) => {
    if (word.operator) {
      commands.push({ start, end: index });
      start = index + 1;
    }
  });
  commands.push({ start, end: words.length });
  const toTokens = (range: { start: number; end: number }): LaunchToken[] =>
    words.slice(range.start, range.end).map((word) => {
      const from = document.sourceOffsetInString(script.node, word.start);
      const to = document.sourceOffsetInString(script.node, word.end);
      return { value: word.value, span: { offset: from, length: to - from }, argIndex, embedded: true };
    });
  const chosen = commands.find((range) => {
    const firstWord = words.slice(range.start, range.end).find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value));
    return firstWord !== undefined && LAUNCHER_NAMES.has(baseName(firstWord.value));
  }) ?? commands[0];
  if (!chosen) return [];
  const tokens = toTokens(chosen);
  const firstCommand = tokens.findIndex((token) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(token.value));
  return firstCommand > 0 ? tokens.slice(firstCommand) : tokens;
}

function readWithGrammar(grammar: LauncherGrammar, tokens: readonly LaunchToken[], consumed: number, wrappers: Wrapper[]): LaunchSpec {
  const launcherToken = tokens[0] as LaunchToken;
  const launcherFlags: LaunchToken[] = [];
  const packageTokens: LaunchToken[] = [];
  const extraPackages: PackageRef[] = [];
  let autoYes: LaunchToken | undefined;
  let fromToken: LaunchToken | undefined;
  let index = consumed;
  let positional: LaunchToken | undefined;
  while (index < tokens.length) {
    const token = tokens[index] as LaunchToken;
    const value = token.value;
    if (value === '--') {
      index++;
      positional = tokens[index];
      break;
    }
    if (!value.startsWith('-') || value === '-') {
      positional = token;
      break;
    }
    launcherFlags.push(token);
    const [flag, inline] = splitInline(value);
    if (grammar.autoYesFlags.includes(flag)) autoYes = token;
    const takesValue = grammar.valueFlags.has(flag);
    const valueToken = takesValue && inline === undefined ? tokens[index + 1] : undefined;
    if (valueToken) launcherFlags.push(valueToken);
    const flagValue = inline !== undefined ? inlineToken(token, flag.length + 1) : valueToken;
    if (flagValue && grammar.packageFlags.includes(flag)) packageTokens.push(flagValue);
    if (flagValue && grammar.fromFlags.includes(flag)) fromToken = flagValue;
    if (flagValue && grammar.withFlags.includes(flag)) {
      const extra = packageRefOf(grammar, flagValue);
      if (extra) extraPackages.push(extra);
    }
    index += valueToken ? 2 : 1;
  }
  const programArgs = positional ? tokens.slice(tokens.indexOf(positional) + 1) : [];
  let main: PackageRef | undefined;
  if (fromToken) {
    main = packageRefOf(grammar, fromToken);
  } else if (packageTokens.length > 0) {
    main = packageRefOf(grammar, packageTokens[0] as LaunchToken);
    for (const extra of packageTokens.slice(1)) {
      const ref = packageRefOf(grammar, extra);
      if (ref) extraPackages.push(ref);
    }
  } else if (positional) {
    main = packageRefOf(grammar, positional);
  }
  // Every property present (absent ones undefined): one hidden class for every launch, read by many rules.
  return {
    launcher: grammar.launcher,
    launcherToken,
    tokens,
    wrappers,
    autoYes,
    package: main,
    extraPackages,
    launcherFlags: launcherFlags.slice(),
    programArgs,
  };
}

function splitInline(value: string): [string, string | undefined] {
  const eq = value.indexOf('=');
  return eq === -1 || !value.startsWith('--') ? [value, undefined] : [value.slice(0, eq), value.slice(eq + 1)];
}

/** The `value` part of `--flag=value` as its own token. */
function inlineToken(token: LaunchToken, skip: number): LaunchToken {
  return {
    value: token.value.slice(skip),
    span: { offset: token.span.offset + skip, length: Math.max(0, token.span.length - skip) },
    argIndex: token.argIndex,
    embedded: token.embedded,
  };
}

/** Package tokens recur across servers and lints: each is parsed once. */
const SPEC_PARSERS: Readonly<Record<LauncherGrammar['ecosystem'], (token: string) => ParsedSpec>> = {
  npm: memoize(parseNpmSpec),
  pypi: memoize(parsePypiSpec),
  oci: memoize(parseImageSpec),
  deno: memoize(parseDenoSpec),
};

function packageRefOf(grammar: LauncherGrammar, token: LaunchToken): PackageRef | undefined {
  const spec = SPEC_PARSERS[grammar.ecosystem](token.value);
  if (spec.ecosystem === 'local') return undefined;
  // A token whose source length differs from its value (escapes, quotes) cannot be subdivided exactly.
  const exact = token.span.length === token.value.length;
  const sub = (start: number, end: number): Span =>
    exact ? { offset: token.span.offset + start, length: end - start } : token.span;
  return {
    ecosystem: spec.ecosystem,
    name: spec.name,
    nameSpan: sub(spec.nameStart, spec.nameEnd),
    ...(spec.version !== undefined && spec.versionStart !== undefined
      ? { version: spec.version, versionSpan: sub(spec.versionStart, spec.versionStart + spec.version.length) }
      : {}),
    versionKind: spec.versionKind,
    ...(spec.digest ? { digest: spec.digest } : {}),
    token,
  };
}
