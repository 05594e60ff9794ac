/** `mcp-warden fix [PATH...]`: applies safe fixes (unsafe ones with --unsafe), or shows them as a diff with --dry-run. */
import { ALL_RULES, applyFixes, createScrubber, type Fix } from '../../engine/index';
import { planExternalChanges, redactSensitiveLine, ValueConflictError, writeExternalChanges, type ExternalChange } from '../../node/file-changes';
import { displayPath, palette, terminalSafe } from '../display';
import { unifiedDiff } from '../diff';
import { CliError, EXIT } from '../exit-codes';
import { formatNotices, formatText } from '../formatters/text';
import type { CliIo } from '../io';
import { LINTING_OPTIONS, lintingOptionsFrom, parseCommandArgs } from '../options';
import { exitCodeOf } from '../outcome';
import { collectFiles, lintSession, type Notice, type PreparedFile, type Session } from '../session';
import { describeIoError } from '../../node/policy-lookup';
import type { CliCommand } from './command';
import { defaultCacheDir } from '../../node/registries/http-client';
import { createRegistryResolver, type RegistryResolver, type RegistryResolverOptions } from '../../node/registries/pin-resolver';
import { registryFixesFor, registryFixKey, registryOptionsFromFlags } from '../../node/registries/registry-fixes';
import { EXIT_CODES_HELP, LINTING_OPTIONS_HELP } from './shared-help';

const OPTIONS = {
  ...LINTING_OPTIONS, unsafe: { type: 'boolean' }, 'dry-run': { type: 'boolean' },
  offline: { type: 'boolean' }, registry: { type: 'string', multiple: true }, cooldown: { type: 'string' },
} as const;

/** Fixes can enable other fixes (ESLint's loop); this bounds the passes. */
const MAX_PASSES = 10;

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: 'apply fixes (safe ones; unsafe ones with --unsafe); --dry-run shows a diff',
  help: `Usage: mcp-warden fix [PATH...] [options]

Applies the fixes of the findings in the given files and folders (default: the current folder), writes the files,
then checks again and reports what remains. Only safe fixes run unless --unsafe is given.

Options:
  --unsafe                  also apply unsafe fixes (they change behaviour: review the diff first)
  --dry-run                 print a unified diff of what would change and write nothing (secrets are redacted)
  --rule ID                 fix only this rule's findings (repeatable); --rule ID=SEVERITY overrides a rule
  --offline                 never contact a package registry (with --unsafe, unpinned packages without a reviewed
                            version are otherwise pinned to the newest registry version past the cooldown)
  --registry ECO=URL        registry for those pins: npm=URL, pypi=URL or oci=URL (repeatable; npm defaults to .npmrc)
  --cooldown DAYS           registry pins pick versions published at least DAYS ago (default: the workspace's own
                            .npmrc min-release-age / pnpm minimumReleaseAge / uv exclude-newer, else 7)${LINTING_OPTIONS_HELP}
${EXIT_CODES_HELP.replace('findings', 'findings remain')}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help === true) {
      io.stdout(`${fixCommand.help}\n`);
      return EXIT.ok;
    }
    const options = lintingOptionsFrom(values, positionals, io.env, io.isTTY, io.rules ?? ALL_RULES, 'selection-or-settings');
    if (options.stdinPath !== undefined) throw new CliError('fix works on files; --stdin-filename is for check');
    let registry: RegistryResolverOptions;
    try {
      registry = registryOptionsFromFlags(values);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
    return runFix({ ...options, unsafe: values.unsafe === true, dryRun: values['dry-run'] === true, registry }, io);
  },
};

interface FixOptions extends ReturnType<typeof lintingOptionsFrom> {
  readonly unsafe: boolean;
  readonly dryRun: boolean;
  /** Registry pins for unpinned packages (with --unsafe, unless --offline). */
  readonly registry: RegistryResolverOptions;
}

async function runFix(options: FixOptions, io: CliIo): Promise<number> {
  const colors = palette(options.color);
  const collected = await collectFiles(options, io);
  let files: PreparedFile[] = collected.files;
  const originals = new Map(files.map((file) => [file.absPath, file.text]));
  const external = new Map<string, ExternalChange>();
  /** Config file -> external files its fixes write to (a moved secret must reach its env file before it leaves the config). */
  const dependsOn = new Map<string, Set<string>>();
  /** Config files that must not be written, with the reason. */
  const blocked = new Map<string, string>();
  const secrets = new Set<string>();
  const done = new Set<string>();
  const applied: { file: string; fix: Fix }[] = [];
  const registryResolver = options.unsafe && !options.registry.offline ? createRegistryResolver({
    ...options.registry, cacheDir: defaultCacheDir(io.env, io.homedir, io.platform), now: () => (io.now?.() ?? new Date()).getTime(),
  }) : undefined;
  const registryProblems = new Set<string>();

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const session = await lintSession(files, options, io);
    collectSecrets(session, secrets);
    const registryFixes = await registryPins(session, options, registryResolver, registryProblems, io);
    let changed = false;
    const next: PreparedFile[] = [];
    const combinationRulesThisPass = new Set<string>();
    for (const prepared of files) {
      const checked = session.files.find((file) => file.absPath === prepared.absPath);
      const candidates = checked ? eligibleFixes(checked.result.findings, options, prepared.absPath, done, combinationRulesThisPass, registryFixes) : [];
      if (candidates.length === 0) {
        next.push(prepared);
        continue;
      }
      const selection = applyFixes(prepared.text, candidates.map((candidate) => candidate.fix));
      for (const fix of selection.applied) {
        const candidate = candidates.find((item) => item.fix === fix);
        if (candidate) done.add(candidate.id);
        applied.push({ file: prepared.displayPath, fix });
        if (fix.externalEdits && fix.externalEdits.length > 0) {
          try {
            for (const change of await planExternalChanges(prepared.absPath, fix.externalEdits, external)) {
              external.set(change.path, change);
              dependsOn.set(prepared.absPath, new Set([...(dependsOn.get(prepared.absPath) ?? []), change.path]));
            }
          } catch (error) {
            // The file the fix writes to cannot be read (a folder, no permission) or already holds another value under
            // the moved secret's name: keep the config as it is.
            blocked.set(prepared.absPath, error instanceof ValueConflictError
              ? `not changed: ${error.describe(displayPath(error.file ?? prepared.absPath, io.cwd, io.homedir))}`
              : `not changed: a file its fixes write to cannot be read (${describeIoError(error)})`);
          }
        }
      }
      changed ||= selection.applied.length > 0;
      next.push(selection.text === prepared.text ? prepared : { ...prepared, text: selection.text });
    }
    files = next;
    if (!changed) break;
  }

  const changedFiles = files.filter((file) => originals.get(file.absPath) !== file.text);
  const written = options.dryRun
    ? { errors: [...blocked].map(([path, reason]): Notice => ({ path: displayPath(path, io.cwd, io.homedir), message: reason.replace(/^not changed/, 'would not be changed'), level: 'error' })), unwritten: new Set(blocked.keys()) }
    : await writeAll(changedFiles, [...external.values()], dependsOn, blocked, io);
  const writeErrors = written.errors;
  // What remains is what is on disk: a config that could not be written keeps its old text.
  files = files.map((file) => (written.unwritten.has(file.absPath) ? { ...file, text: originals.get(file.absPath) ?? file.text } : file));
  const final = await lintSession(files, options, io);
  collectSecrets(final, secrets);
  const notices = [...collected.notices, ...final.notices, ...writeErrors].sort((a, b) => a.path.localeCompare(b.path));
  io.stderr(formatNotices(notices, colors));
  for (const error of final.internalErrors) io.stderr(`mcp-warden: internal error: ${error}\n`);

  const mask = createScrubber(secrets);
  if (options.dryRun) {
    for (const file of changedFiles) {
      if (!blocked.has(file.absPath)) io.stdout(mask(unifiedDiff(file.displayPath, originals.get(file.absPath), file.text)));
    }
    for (const change of external.values()) {
      const diff = unifiedDiff(displayPath(change.path, io.cwd, io.homedir), change.before, change.after);
      io.stdout(mask(change.sensitive ? redactDiff(diff) : diff));
    }
  }

  io.stdout(fixSummary(applied, changedFiles.length + external.size, options.dryRun, mask));
  const unsafeLeft = final.files.flatMap((file) => file.result.findings)
    .filter((finding) => !finding.suppressed && finding.fixes.some((fix) => !fix.safe) && selected(finding.ruleId, options)).length;
  if (!options.unsafe && unsafeLeft > 0) {
    io.stdout(`${unsafeLeft} finding${unsafeLeft === 1 ? ' has an unsafe fix' : 's have unsafe fixes'}: review them, then run mcp-warden fix --unsafe (try --dry-run first)\n`);
  }
  io.stdout(`\n${options.dryRun ? 'Would remain:\n' : ''}${formatText({ ...final, notices }, { showSuppressed: options.showSuppressed, color: options.color })}`);
  return exitCodeOf({ ...final, notices }, options.minSeverity);
}

/**
 * Writes external files first, then configs; a config whose external edits failed is left unchanged, so a secret
 * moved out of it is never lost. Failures become notices (exit 2) naming the file.
 */
async function writeAll(
  configs: readonly PreparedFile[],
  externals: readonly ExternalChange[],
  dependsOn: ReadonlyMap<string, ReadonlySet<string>>,
  blockedConfigs: ReadonlyMap<string, string>,
  io: CliIo,
): Promise<{ errors: Notice[]; unwritten: Set<string> }> {
  const errors: Notice[] = [];
  const unwritten = new Set<string>();
  const failed = new Set<string>();
  for (const change of externals) {
    try {
      await writeExternalChanges([change]);
    } catch (error) {
      failed.add(change.path);
      errors.push({ path: displayPath(change.path, io.cwd, io.homedir), message: `cannot write: ${describeIoError(error)}`, level: 'error' });
    }
  }
  for (const file of configs) {
    const failedDependency = [...(dependsOn.get(file.absPath) ?? [])].find((path) => failed.has(path));
    const reason = blockedConfigs.get(file.absPath)
      ?? (failedDependency ? `not changed, because ${displayPath(failedDependency, io.cwd, io.homedir)} could not be written` : undefined);
    try {
      if (reason === undefined) await io.fs.writeFile(file.absPath, file.text);
    } catch (error) {
      errors.push({ path: file.displayPath, message: `cannot write: ${describeIoError(error)}`, level: 'error' });
      unwritten.add(file.absPath);
    }
    if (reason !== undefined) {
      errors.push({ path: file.displayPath, message: reason, level: 'error' });
      unwritten.add(file.absPath);
    }
  }
  return { errors, unwritten };
}

interface Candidate {
  readonly id: string;
  readonly fix: Fix;
}

/**
 * The first allowed fix of each unsuppressed, selected finding not fixed in an earlier pass. Findings with related
 * locations describe one situation shared by several servers (a risky combination): one such fix per rule per pass,
 * then a re-check, so that fixing one server does not also disable or change every other one.
 */
function eligibleFixes(
  findings: Session['files'][number]['result']['findings'],
  options: FixOptions,
  absPath: string,
  done: ReadonlySet<string>,
  combinationRulesThisPass: Set<string>,
  registryFixes: ReadonlyMap<string, Fix> = new Map(),
): Candidate[] {
  const result: Candidate[] = [];
  for (const finding of findings) {
    if (finding.suppressed || !selected(finding.ruleId, options)) continue;
    const fix = finding.fixes.find((candidate) => candidate.safe || options.unsafe) ?? registryFixes.get(registryFixKey(absPath, finding.key));
    if (!fix) continue;
    const id = `${absPath}|${finding.key}|${fix.title}`;
    if (done.has(id)) continue;
    if (finding.related.length > 0) {
      if (combinationRulesThisPass.has(finding.ruleId)) continue;
      combinationRulesThisPass.add(finding.ruleId);
    }
    result.push({ id, fix });
  }
  return result;
}

function selected(ruleId: string, options: FixOptions): boolean {
  return options.selectedRules.length === 0 || options.selectedRules.includes(ruleId);
}

/** Secret values seen in any pass, so diffs and notes can hide them wherever they end up. */
function collectSecrets(session: Session, secrets: Set<string>): void {
  for (const file of session.files) {
    for (const span of file.secretSpans()) {
      const value = file.text.slice(span.offset, span.offset + span.length);
      if (value.length >= 4) secrets.add(value);
    }
  }
}

/** Redacts the values of added and removed lines of a sensitive file (`NAME=ghp_…Wxyz`). */
function redactDiff(diff: string): string {
  return diff.split('\n').map((line) => (/^[-+ ](?!-- |\+\+ )/.test(line) && !line.startsWith('---') && !line.startsWith('+++') ? line[0] + redactSensitiveLine(line.slice(1)) : line)).join('\n');
}

function fixSummary(applied: readonly { file: string; fix: Fix }[], changedFiles: number, dryRun: boolean, mask: (text: string) => string): string {
  if (applied.length === 0) return 'no fixes to apply\n';
  const lines = applied.map(({ file, fix }) => `  ${terminalSafe(file)}: ${terminalSafe(mask(fix.title))}${fix.note ? `\n    note: ${terminalSafe(mask(fix.note))}` : ''}\n`);
  const head = `${dryRun ? 'would apply' : 'applied'} ${applied.length} fix${applied.length === 1 ? '' : 'es'}, ${changedFiles} file${changedFiles === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'}:\n`;
  return head + lines.join('');
}

/** Registry pins (unsafe) for unpinned packages that have no reviewed pin; what cannot be pinned is said once. */
async function registryPins(
  session: Session,
  options: FixOptions,
  resolver: RegistryResolver | undefined,
  reported: Set<string>,
  io: CliIo,
): Promise<ReadonlyMap<string, Fix>> {
  if (!resolver) return new Map();
  const { fixes, problems } = await registryFixesFor(session.files, options.registry, (ruleId) => selected(ruleId, options), resolver);
  for (const problem of problems) {
    if (reported.has(problem)) continue;
    reported.add(problem);
    io.stderr(`mcp-warden: no registry pin for ${terminalSafe(problem)}\n`);
  }
  return fixes;
}
