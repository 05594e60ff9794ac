/**
 * Whether a config file is exposed through git: tracked, or inside a repository and not ignored. Runs only `git`
 * (no hooks, no network, no pager, no config from the repository's own `core.fsmonitor`), and never fails a lint.
 * Requests made together are answered with one `git ls-files` and one `git check-ignore` per repository, and files
 * outside any repository cost no process at all, so linting a thousand files does not start thousands of processes.
 */
import { execFile } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import type { Exposure } from '../engine/index';
import { NON_BLOCKING, type FileAccess } from './file-access';

const GIT_ENV = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_PAGER: 'cat',
};

const NOT_IN_REPOSITORY: Exposure = { inRepository: false, tracked: false, ignored: false };
/** Paths per `git ls-files` call, keeping command lines short on every OS. */
const CHUNK = 200;
/** A folder's repository is remembered this long (a `git init` later is noticed). */
const ROOT_TTL_MS = 10_000;
/** At most this many git processes at once (many repositories, or batches of one repository in flight). */
const GIT_CONCURRENCY = 6;

interface GitResult {
  readonly code: number;
  readonly stdout: string;
}

const gitSlots = createLimiter(GIT_CONCURRENCY);

function git(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
  return gitSlots(() => runGit(args, cwd, input));
}

function runGit(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args],
      { cwd, env: GIT_ENV, timeout: 10_000, windowsHide: true, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1) : 0;
        resolve({ code, stdout: String(stdout) });
      },
    );
    child.stdin?.on('error', () => undefined);
    if (input !== undefined) child.stdin?.end(input);
  });
}

type Resolver = (filePath: string) => Promise<Exposure | undefined>;

/**
 * A resolver that batches the requests of one tick per repository: ask for many files at once (not one after the
 * other) to get one `git ls-files` for all of them.
 */
export function createExposureResolver(files: FileAccess = NON_BLOCKING): Resolver {
  const roots = new Map<string, { at: number; root: Promise<string | undefined> }>();
  const pending = new Map<string, { path: string; resolve: (exposure: Exposure | undefined) => void }[]>();

  const repositoryRootOf = (dir: string): Promise<string | undefined> => {
    const cached = roots.get(dir);
    if (cached && Date.now() - cached.at < ROOT_TTL_MS) return cached.root;
    const root = files.stat(join(dir, '.git')).then(
      () => dir,
      () => (dirname(dir) === dir ? undefined : repositoryRootOf(dirname(dir))),
    );
    roots.set(dir, { at: Date.now(), root });
    return root;
  };

  const flush = async (root: string): Promise<void> => {
    const batch = pending.get(root) ?? [];
    pending.delete(root);
    try {
      await answer(root, batch);
    } catch {
      for (const request of batch) request.resolve(undefined);
    }
  };

  const answer = async (root: string, batch: readonly { path: string; resolve: (exposure: Exposure | undefined) => void }[]): Promise<void> => {
    const relativePaths = batch.map((request) => relative(root, request.path));
    const tracked = new Set<string>();
    for (let i = 0; i < relativePaths.length; i += CHUNK) {
      const listed = await git(['ls-files', '-z', '--', ...relativePaths.slice(i, i + CHUNK)], root);
      if (listed.code !== 0) {
        // git missing or the repository unreadable: say nothing rather than guess.
        for (const request of batch) request.resolve(undefined);
        return;
      }
      for (const path of listed.stdout.split('\0')) if (path) tracked.add(path);
    }
    const untracked = relativePaths.filter((path) => !tracked.has(path));
    const ignored = new Set<string>();
    if (untracked.length > 0) {
      const checked = await git(['check-ignore', '-z', '--no-index', '--stdin'], root, untracked.join('\0') + '\0');
      for (const path of checked.stdout.split('\0')) if (path) ignored.add(path);
    }
    batch.forEach((request, index) => {
      const path = relativePaths[index] as string;
      request.resolve({ inRepository: true, tracked: tracked.has(path), ignored: ignored.has(path) });
    });
  };

  return async (filePath) => {
    const root = await repositoryRootOf(dirname(filePath));
    if (root === undefined) return NOT_IN_REPOSITORY;
    return new Promise<Exposure | undefined>((resolve) => {
      const queue = pending.get(root);
      if (queue) {
        queue.push({ path: filePath, resolve });
        return;
      }
      pending.set(root, [{ path: filePath, resolve }]);
      setImmediate(() => void flush(root));
    });
  };
}

const shared = createExposureResolver();

/** Undefined when git is unavailable; `inRepository: false` outside a work tree. */
export function computeExposure(filePath: string): Promise<Exposure | undefined> {
  return shared(filePath);
}

/** Runs at most `limit` tasks at once; the others wait in order. */
function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
