/**
 * Whether a config file is exposed through git: tracked, or inside a repository and not ignored. Runs only `git`
 * (no hooks, no network, no pager, no config from the repository's own `core.fsmonitor`), and never fails a lint.
 */
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import type { Exposure } from '../engine/index';

const GIT_ENV = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_PAGER: 'cat',
};

function git(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args],
      { cwd, env: GIT_ENV, timeout: 5000, windowsHide: true, maxBuffer: 1024 * 1024 },
      (error, stdout) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1) : 0;
        resolve({ code, stdout: String(stdout) });
      },
    );
  });
}

/** Undefined when git is unavailable; `inRepository: false` outside a work tree. */
export async function computeExposure(filePath: string): Promise<Exposure | undefined> {
  const cwd = dirname(filePath);
  const inside = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (inside.code === -1 && inside.stdout === '') {
    // git missing or the folder is unreadable: say nothing rather than guess.
    const probe = await git(['--version'], cwd).catch(() => ({ code: -1, stdout: '' }));
    if (probe.code !== 0) return undefined;
  }
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') return { inRepository: false, tracked: false, ignored: false };
  const tracked = await git(['ls-files', '--error-unmatch', '--', filePath], cwd);
  const ignored = await git(['check-ignore', '-q', '--no-index', '--', filePath], cwd);
  return { inRepository: true, tracked: tracked.code === 0, ignored: ignored.code === 0 };
}
