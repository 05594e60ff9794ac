/**
 * Lints files as sessions: a file, the other configs of its project and the user-level configs go through one
 * `lintFiles` call, so cross-file rules see what a host loads together. Every await happens before the lint; the lint
 * and the publishing run in one synchronous step over the texts of that moment, so no result is older than the text
 * the editor already has.
 */
import { createLineIndex, engineConfigFrom, lintFiles, type EngineConfig, type Exposure, type LintInput, type LintResult } from '../engine/index';
import { dirname, resolve } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics, type LocateFile } from './diagnostics';
import { isInside, projectKey, type KnownFiles } from './known-files';
import type { LintCache } from './lint-cache';
import type { Publisher } from './publisher';
import type { Logger } from './run-safe';
import type { ServerServices } from './services';
import type { ResolvedSettings, SettingsStore } from './settings';
import { pathToUri } from './uris';

/**
 * Up to this many files in all, every file is linted in one session, as the CLI does: cross-file findings are the
 * same whichever file changed. Beyond it, sessions are per project (plus the user files, whose own diagnostics then
 * come from a session of the user files alone), so a keystroke never re-lints a huge workspace.
 */
const SINGLE_SESSION_FILES = 16;
/** Largest project session: beyond this, a project's files are linted in chunks (cross-file rules see one chunk). */
const MAX_SESSION_FILES = 64;
/**
 * Policy lookups (`.mcp-warden.json` up the folders) are reused across lints this long, so a keystroke costs no file
 * reads. A watched policy file that changes clears them at once; one outside the workspace is noticed after this.
 */
const POLICY_TTL_MS = 10_000;

export interface LintRunnerDeps {
  readonly services: ServerServices;
  readonly settings: SettingsStore;
  readonly files: KnownFiles;
  readonly cache: LintCache;
  readonly publisher: Publisher;
  readonly logger: Logger;
  /** Open documents by path (file URIs only). */
  openDocument(path: string): TextDocument | undefined;
  openPaths(): string[];
  folders(): readonly string[];
  trusted(): boolean;
  relatedInformation(): boolean;
}

export interface LintRunner {
  /** Lints the sessions containing these files and publishes every member's diagnostics. */
  lintPaths(paths: readonly string[]): Promise<void>;
  /** Settings, policy or trust changed: results computed with the old ones are dropped. */
  invalidate(): void;
  /** Forget what was read from disk: a file's git exposure (it changed), or everything (the user asked for a rescan). */
  forgetDiskState(path?: string): void;
}

interface Member {
  readonly path: string;
  readonly uri: string;
  readonly config: EngineConfig;
  readonly exposure?: Exposure;
  /** Only a peer: its result is not published from this session (user files publish from their own session). */
  readonly peer: boolean;
}

export function createLintRunner(deps: LintRunnerDeps): LintRunner {
  let generation = 0;
  const exposures = new Map<string, Promise<Exposure | undefined>>();
  let policies = { cache: new Map<string, Promise<unknown>>(), at: Date.now() };
  const policyCache = (): Map<string, Promise<unknown>> => {
    if (Date.now() - policies.at > POLICY_TTL_MS) policies = { cache: new Map(), at: Date.now() };
    return policies.cache;
  };
  const forgetPolicies = (): void => {
    policies = { cache: new Map(), at: Date.now() };
  };

  // Project keys are asked for every known file on every lint of a large workspace; they change only with the folders.
  let keyFolders: readonly string[] | undefined;
  const projectKeys = new Map<string, string>();
  const projectKeyOf = (path: string): string => {
    const folders = deps.folders();
    if (folders !== keyFolders) {
      projectKeys.clear();
      keyFolders = folders;
    }
    let key = projectKeys.get(path);
    if (key === undefined) {
      key = projectKey(path, folders);
      projectKeys.set(path, key);
    }
    return key;
  };

  const exposureOf = (path: string): Promise<Exposure | undefined> => {
    let entry = exposures.get(path);
    if (!entry) {
      entry = deps.services.exposure(path).catch(() => undefined);
      exposures.set(path, entry);
    }
    return entry;
  };

  const isUser = (path: string): boolean => deps.files.get(path)?.origin === 'user';

  /** The files linted together with `path`, in path order, chunked for very large projects. */
  const sessionOf = (path: string, scanUser: boolean): { members: string[]; peers: string[] } => {
    const userFiles = scanUser ? deps.files.ofOrigin('user').map((file) => file.path) : [];
    const everything = new Set<string>([path, ...deps.openPaths(), ...deps.files.ofOrigin('workspace').map((file) => file.path), ...userFiles]);
    if (everything.size <= SINGLE_SESSION_FILES) return { members: [...everything].sort(), peers: [] };
    if (isUser(path)) return { members: [...new Set([...userFiles, path])].sort(), peers: [] };
    const key = projectKeyOf(path);
    const candidates = new Set<string>([path]);
    for (const file of deps.files.all()) if (file.origin === 'workspace' && projectKeyOf(file.path) === key) candidates.add(file.path);
    for (const open of deps.openPaths()) if (!isUser(open) && projectKeyOf(open) === key) candidates.add(open);
    const sorted = [...candidates].sort();
    const index = sorted.indexOf(path);
    const start = Math.floor(index / MAX_SESSION_FILES) * MAX_SESSION_FILES;
    return { members: sorted.slice(start, start + MAX_SESSION_FILES), peers: userFiles.filter((user) => !candidates.has(user)) };
  };

  const engineConfigFor = async (path: string, settings: ResolvedSettings, policyCache: Map<string, Promise<unknown>>): Promise<EngineConfig> => {
    const policy = await deps.services.policyFor(path, policyCache);
    // In an untrusted workspace, the workspace's own policy file must not hide its own findings.
    const policyIsTheWorkspaces = policy.policyPath !== undefined && deps.folders().some((folder) => isInside(policy.policyPath as string, folder));
    const base = !deps.trusted() && policyIsTheWorkspaces ? undefined : policy.config;
    const layered = engineConfigFrom(settings.engineLayer, base).config;
    return layered.today ? layered : { ...layered, today: deps.services.today() };
  };

  /** Loads the disk text of a closed file; false when it is gone or is not text (then it is forgotten). */
  const ensureText = async (path: string): Promise<boolean> => {
    if (deps.openDocument(path)) return true;
    const file = deps.files.get(path);
    if (!file) return false;
    if (file.text !== undefined) return true;
    const read = await deps.services.readFile(path);
    if (!read.ok) {
      if (read.reason !== 'missing') deps.logger.info(`Not linting ${path}: ${read.message}`);
      deps.files.delete(path);
      return false;
    }
    // The file may have been deleted or changed while reading; keep the text only if it is still the same entry.
    if (deps.files.get(path) === file) file.text = read.text;
    return true;
  };

  const clear = (path: string): void => {
    deps.cache.delete(path);
    deps.publisher.clear(path);
  };

  const lintSession = async (members: readonly string[], peers: readonly string[], settingsOf: Map<string, ResolvedSettings>): Promise<void> => {
    const startGeneration = generation;
    const policyLookups = policyCache();
    const prepare = async (path: string, peer: boolean): Promise<Member | undefined> => {
      const settings = settingsOf.get(path) ?? await deps.settings.get(uriOf(path));
      settingsOf.set(path, settings);
      if (!settings.enable || !await ensureText(path)) {
        if (!peer) clear(path);
        return undefined;
      }
      const [config, exposure] = await Promise.all([engineConfigFor(path, settings, policyLookups), exposureOf(path)]);
      return { path, uri: uriOf(path), config, peer, ...(exposure ? { exposure } : {}) };
    };
    // In parallel: git (exposure) and file reads dominate a cold scan; the exposure resolver batches them per repository.
    const prepared = (await Promise.all([
      ...members.map((path) => prepare(path, false)),
      ...peers.map((path) => prepare(path, true)),
    ])).filter((member): member is Member => member !== undefined);
    if (generation !== startGeneration) return;

    // From here on: synchronous. Texts are read now, so the published result matches the newest text.
    const live = prepared.filter((member) => deps.openDocument(member.path) !== undefined || deps.files.get(member.path)?.text !== undefined);
    if (live.length === 0) return;
    const texts = live.map((member) => deps.openDocument(member.path)?.getText() ?? deps.files.get(member.path)?.text ?? '');
    const inputs: LintInput[] = live.map((member, index) => ({
      text: texts[index] as string,
      path: member.path,
      config: member.config,
      homeDir: deps.services.homeDir,
      ...(member.exposure ? { exposure: member.exposure } : {}),
    }));
    const results = lintFiles(inputs);
    const byPath = new Map(live.map((member, index) => [member.path, results[index] as LintResult]));
    live.forEach((member, index) => {
      if (member.peer) return;
      const result = results[index] as LintResult;
      for (const error of result.engineErrors) deps.logger.error(`${member.path}: ${error}`);
      if (!result.isMcpConfig) {
        clear(member.path);
        return;
      }
      const document = deps.openDocument(member.path);
      const uri = document?.uri ?? member.uri;
      const findings = deps.trusted() ? result.findings : result.findings.map(withoutInlineSuppression);
      const final: LintResult = findings === result.findings ? result : { ...result, findings };
      deps.cache.set({ path: member.path, uri, version: document?.version, text: texts[index] as string, result: final, input: inputs[index] as LintInput });
      const locate: LocateFile = (file) => {
        const target = resolve(dirname(member.path), file);
        const inSession = byPath.get(target);
        if (inSession) return { uri: deps.openDocument(target)?.uri ?? uriOf(target), lines: inSession.lines };
        const text = deps.files.get(target)?.text;
        return text === undefined ? undefined : { uri: uriOf(target), lines: createLineIndex(text) };
      };
      const diagnostics = toDiagnostics(final.findings, { uri, lines: result.lines, locate, relatedInformation: deps.relatedInformation() });
      deps.publisher.publish(member.path, uri, document?.version, diagnostics);
    });
  };

  return {
    async lintPaths(paths) {
      const done = new Set<string>();
      // Asked for together, so the client gets one settings request for all of them.
      const settingsOf = new Map(await Promise.all(paths.map(async (path) => [path, await deps.settings.get(uriOf(path))] as const)));
      for (const path of paths) {
        if (done.has(path)) continue;
        const settings = settingsOf.get(path) as ResolvedSettings;
        const { members, peers } = sessionOf(path, settings.scanUserConfigs);
        for (const member of members) done.add(member);
        await lintSession(members, peers, settingsOf);
      }
    },
    invalidate() {
      generation++;
      forgetPolicies();
    },
    forgetDiskState(path) {
      if (path !== undefined) {
        exposures.delete(path);
        return;
      }
      exposures.clear();
      forgetPolicies();
    },
  };

  function uriOf(path: string): string {
    return deps.openDocument(path)?.uri ?? pathToUri(path);
  }
}

/** Untrusted workspace: an inline `mcp-warden-ignore` comment is the workspace's own word, so it hides nothing. */
function withoutInlineSuppression<T extends { readonly suppressed?: { readonly kind: string } }>(finding: T): T {
  if (finding.suppressed?.kind !== 'inline') return finding;
  const { suppressed: _suppressed, ...rest } = finding;
  return rest as T;
}
