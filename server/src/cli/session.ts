/** One run's files: collected from paths, folder walks and user configs, read safely, and linted as one session. */
import { resolve } from 'node:path';
import {
  ALL_RULES, createLineIndex, DEFAULT_ENGINE_CONFIG, engineConfigFrom, lintFiles, maskSpans, normalizePath,
  type EngineConfig, type Exposure, type LineIndex, type LintInput, type LintResult, type Span,
} from '../engine/index';
import { findConfigFiles } from '../node/discovery';
import { BLOCKING } from '../node/file-access';
import { describeIoError, loadPolicyFor, PolicyReadError, type LoadedPolicy, type PolicyCache } from '../node/policy-lookup';
import { CliError } from './exit-codes';
import { existingUserConfigs } from '../node/user-configs';
import { displayPath } from './display';
import type { CliIo } from './io';
import type { LintingOptions } from './options';
import { decodeConfigBytes, readTextFile, type ReadOutcome } from './read-text-file';

/** Something the user must see that is not a finding: an unreadable file, a bad policy, a skipped file. */
export interface Notice {
  readonly path: string;
  readonly message: string;
  /** `error` makes the run exit 2; `warning` is information only. */
  readonly level: 'error' | 'warning';
  /** 0-based position in that file, when known. */
  readonly line?: number;
  readonly character?: number;
}

/** A file ready to lint: its text and everything the engine needs besides. */
export interface PreparedFile {
  readonly absPath: string;
  readonly displayPath: string;
  readonly text: string;
  readonly config: EngineConfig;
  readonly exposure?: Exposure;
  /** Named on the command line (so "not an MCP config" is worth saying). */
  readonly explicit: boolean;
}

export interface CheckedFile extends PreparedFile {
  readonly result: LintResult;
  /**
   * Every secret span known in this file (from all findings, shown or not): masked in any excerpt or diff. Computed
   * on first call: only reports that quote the file's text need it.
   */
  readonly secretSpans: () => readonly Span[];
  /** The file's text with every one of those spans masked (same length, so offsets hold): excerpts are cut from it. */
  readonly maskedText: () => string;
}

export interface Session {
  /** The MCP config files, in path order. */
  readonly files: readonly CheckedFile[];
  readonly notices: readonly Notice[];
  /** Engine errors (rule crashes): internal errors, exit 3. */
  readonly internalErrors: readonly string[];
  /** Line index and display path of a related location's file (`undefined` file = `from`). */
  locate(file: string | undefined, from: CheckedFile): { readonly displayPath: string; readonly lines: LineIndex } | undefined;
}

/** Finds and reads the files of a run. Unreadable ones become notices; the others come back prepared. */
export async function collectFiles(options: LintingOptions, io: CliIo): Promise<{ files: PreparedFile[]; notices: Notice[] }> {
  const notices: Notice[] = [];
  const show = (path: string): string => displayPath(path, io.cwd, io.homedir);
  const stdinPath = options.stdinPath !== undefined ? resolve(io.cwd, options.stdinPath) : undefined;
  const roots = stdinPath !== undefined ? [stdinPath] : options.paths.map((path) => resolve(io.cwd, path));
  const explicit = new Set<string>();
  const found = stdinPath !== undefined ? [stdinPath] : await findConfigFiles(roots, {
    homeDir: io.homedir,
    files: BLOCKING,
    onError: (path, error) => notices.push({ path: show(path), message: `cannot read: ${describeIoError(error)}`, level: 'error' }),
  });
  for (const root of roots) if (found.includes(root)) explicit.add(root);
  const paths = [...found];
  if (options.includeUserConfigs) {
    const user = await existingUserConfigs({ platform: io.platform, homeDir: io.homedir, env: io.env });
    for (const path of user) if (!paths.includes(path)) paths.push(path);
  }

  const policyCache: PolicyCache = new Map();
  // An unreadable --config file fails the run up front, even when no config file is found.
  if (options.explicitConfig !== undefined) await policyOf(resolve(io.cwd, 'mcp.json'), options, io, policyCache);
  const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const reportedPolicies = new Set<string>();
  const readable: Omit<PreparedFile, 'exposure'>[] = [];
  for (const absPath of paths) {
    const read = absPath === stdinPath ? await readStdinText(io) : await readTextFile(io.fs, absPath);
    if (!read.ok) {
      notices.push({ path: show(absPath), message: read.message, level: 'error' });
      continue;
    }
    const policy = await policyOf(absPath, options, io, policyCache);
    if (policy.policyPath && policy.problems.length > 0 && !reportedPolicies.has(policy.policyPath)) {
      reportedPolicies.add(policy.policyPath);
      const lines = createLineIndex(policy.text ?? '');
      for (const problem of policy.problems) {
        const at = lines.positionAt(problem.span.offset);
        notices.push({ path: show(policy.policyPath), message: problem.message, level: 'error', line: at.line, character: at.character });
      }
    }
    const layered = engineConfigFrom(options.overrides, policy.config).config;
    const config = layered.today ? layered : { ...layered, today };
    readable.push({ absPath, displayPath: show(absPath), text: read.text, config, explicit: explicit.has(absPath) });
  }
  // Asked all at once, so the resolver runs one git batch per repository rather than one per file.
  const exposureOf = io.exposure ?? (async () => undefined);
  const exposures = await Promise.all(readable.map((file) => exposureOf(file.absPath).catch(() => undefined)));
  const files = readable.map((file, index): PreparedFile => {
    const exposure = exposures[index];
    return exposure ? { ...file, exposure } : file;
  });
  return { files, notices };
}

async function readStdinText(io: CliIo): Promise<ReadOutcome> {
  if (!io.readStdin) return { ok: false, message: 'stdin is not available' };
  try {
    return decodeConfigBytes(await io.readStdin());
  } catch (error) {
    return { ok: false, message: `cannot read stdin: ${describeIoError(error)}` };
  }
}

/** The policy of a file; an unreadable `--config` file is a usage error (exit 2) naming the file. */
async function policyOf(absPath: string, options: LintingOptions, io: CliIo, cache: PolicyCache): Promise<LoadedPolicy> {
  try {
    return await loadPolicyFor(absPath, { cache, files: BLOCKING, ...(options.explicitConfig !== undefined ? { explicitConfig: resolve(io.cwd, options.explicitConfig) } : {}) });
  } catch (error) {
    if (error instanceof PolicyReadError) throw new CliError(error.message);
    throw error;
  }
}

/** Lints prepared files as one session (cross-file rules see every scope); secret spans to mask come on demand. */
export async function lintSession(prepared: readonly PreparedFile[], options: Pick<LintingOptions, 'hostOverride'>, io: CliIo): Promise<Session> {
  const inputs = prepared.map((file) => ({
    text: file.text,
    path: file.absPath,
    homeDir: io.homedir,
    ...(options.hostOverride ? { hostOverride: options.hostOverride } : {}),
    ...(file.exposure ? { exposure: file.exposure } : {}),
  }));
  const rules = io.rules ?? ALL_RULES;
  const results = lintFiles(inputs.map((input, index) => ({ ...input, config: prepared[index]?.config ?? DEFAULT_ENGINE_CONFIG })), { rules });
  // Secrets are masked even when the rule that finds them is off or below the thresholds: a second pass with the
  // secret rules alone, at their most sensitive settings. They are per-file rules, so each file can take its pass alone.
  const secretRules = rules.filter((rule) => rule.meta.category === 'secrets');
  const revealedSpans = (index: number): readonly Span[] => {
    if (secretRules.length === 0) return [];
    const [revealed] = lintFiles([{ ...inputs[index] as LintInput, config: { ...DEFAULT_ENGINE_CONFIG, profile: 'pedantic' as const } }], { rules: secretRules });
    return revealed?.findings.flatMap((finding) => finding.secretSpans ?? []) ?? [];
  };
  const notices: Notice[] = [];
  const internalErrors: string[] = [];
  const files: CheckedFile[] = [];
  prepared.forEach((file, index) => {
    const result = results[index] as LintResult;
    for (const error of result.engineErrors) internalErrors.push(`${file.displayPath}: ${error}`);
    if (!result.isMcpConfig) {
      if (file.explicit) {
        notices.push({ path: file.displayPath, message: 'not an MCP config file of any known host, skipped (use --host ID to check it as a given host)', level: 'warning' });
      }
      return;
    }
    let spans: readonly Span[] | undefined;
    const secretSpans = (): readonly Span[] => {
      spans ??= [...result.findings.flatMap((finding) => finding.secretSpans ?? []), ...revealedSpans(index)];
      return spans;
    };
    let masked: string | undefined;
    const maskedText = (): string => (masked ??= maskSpans(file.text, 0, secretSpans()));
    files.push({ ...file, result, secretSpans, maskedText });
  });

  const byPath = new Map(files.map((file) => [normalizePath(file.absPath), file]));
  const extra = new Map<string, { displayPath: string; lines: LineIndex } | undefined>();
  for (const file of files) {
    for (const finding of file.result.findings) {
      for (const related of finding.related) {
        if (related.file === undefined) continue;
        const absPath = normalizePath(resolve(file.absPath, '..', related.file));
        if (byPath.has(absPath) || extra.has(absPath)) continue;
        const read = await readTextFile(io.fs, absPath);
        extra.set(absPath, read.ok ? { displayPath: displayPath(resolve(absPath), io.cwd, io.homedir), lines: createLineIndex(read.text) } : undefined);
      }
    }
  }
  return {
    files,
    notices,
    internalErrors,
    locate: (fileName, from) => {
      if (fileName === undefined) return { displayPath: from.displayPath, lines: from.result.lines };
      const absPath = normalizePath(resolve(from.absPath, '..', fileName));
      const inSession = byPath.get(absPath);
      return inSession ? { displayPath: inSession.displayPath, lines: inSession.result.lines } : extra.get(absPath);
    },
  };
}
