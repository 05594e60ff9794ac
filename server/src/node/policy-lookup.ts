/** Finds the `.mcp-warden.json` that governs a config file (nearest one walking up, or an explicit `--config`). */
import { dirname, join, resolve } from 'node:path';
import {
  DEFAULT_ENGINE_CONFIG, normalizePath, parsePolicyFile, POLICY_FILE_NAME, type EngineConfig, type PolicyProblem,
} from '../engine/index';
import { NON_BLOCKING, type FileAccess } from './file-access';

export interface LoadedPolicy {
  readonly config: EngineConfig;
  /** The policy file used; absent when none was found (defaults apply). */
  readonly policyPath?: string;
  /** Problems of that policy file (offsets into it); the valid parts still apply. */
  readonly problems: readonly PolicyProblem[];
  /** The policy file's text, so adapters can turn problem offsets into lines. */
  readonly text?: string;
}

/** Per-folder results, shared across files of one run so each folder is probed once. */
export type PolicyCache = Map<string, Promise<LoadedPolicy>>;

export interface PolicyLookupOptions {
  /** A policy file to use instead of searching (`--config FILE`); reading it must succeed. */
  readonly explicitConfig?: string;
  readonly cache?: PolicyCache;
  /** How policy files are read (default: through the thread pool). */
  readonly files?: FileAccess;
}

/** Thrown when an explicitly named policy file cannot be read: a user error, reported with the file's name. */
export class PolicyReadError extends Error {
  constructor(readonly policyPath: string, cause: unknown) {
    super(`cannot read policy file ${policyPath}: ${describeIoError(cause)}`);
    this.name = 'PolicyReadError';
  }
}

export async function loadPolicyFor(filePath: string, options: PolicyLookupOptions = {}): Promise<LoadedPolicy> {
  const files = options.files ?? NON_BLOCKING;
  if (options.explicitConfig !== undefined) {
    const policyPath = resolve(options.explicitConfig);
    const key = `explicit:${policyPath}`;
    return memo(options.cache, key, () => readPolicy(policyPath, true, files).then((policy) => policy as LoadedPolicy));
  }
  return policyForFolder(dirname(resolve(filePath)), options.cache, files);
}

function policyForFolder(folder: string, cache: PolicyCache | undefined, files: FileAccess): Promise<LoadedPolicy> {
  return memo(cache, folder, async () => {
    const here = await readPolicy(join(folder, POLICY_FILE_NAME), false, files);
    if (here) return here;
    const parent = dirname(folder);
    if (parent === folder) return { config: DEFAULT_ENGINE_CONFIG, problems: [] };
    return policyForFolder(parent, cache, files);
  });
}

/** Undefined when the file does not exist (and `required` is false). */
async function readPolicy(policyPath: string, required: boolean, files: FileAccess): Promise<LoadedPolicy | undefined> {
  let text: string;
  try {
    text = await files.readText(policyPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    if (!required && code === 'EISDIR') return undefined;
    if (required) throw new PolicyReadError(policyPath, error);
    // An unreadable policy next to a config must not be silently ignored: its ignores and severities would be lost.
    return { config: DEFAULT_ENGINE_CONFIG, policyPath, problems: [{ message: `${POLICY_FILE_NAME}: cannot be read (${describeIoError(error)})`, span: { offset: 0, length: 0 } }] };
  }
  const { config, problems } = parsePolicyFile(text, normalizePath(dirname(policyPath)));
  return { config, policyPath, problems, text };
}

function memo(cache: PolicyCache | undefined, key: string, load: () => Promise<LoadedPolicy>): Promise<LoadedPolicy> {
  const cached = cache?.get(key);
  if (cached) return cached;
  const promise = load();
  cache?.set(key, promise);
  return promise;
}

/** "no such file or directory" rather than a stack or an errno dump. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a parent of it is not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': return 'too many open files';
    default: return error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
  }
}
