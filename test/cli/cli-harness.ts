/** Runs the CLI in-process on real temporary folders, with captured output and machine paths scrubbed. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Exposure, Rule } from '../../server/src/engine/index';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../../server/src/cli/run-cli';
import { TEST_RULES } from './fake-rules';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  /** A fake home folder (default: `<cwd>/home`, created on demand by tests that need it). */
  readonly home?: string;
  readonly env?: Record<string, string>;
  readonly isTTY?: boolean;
  /** Default: TEST_RULES (syntax-error + demo rules); `catalog` runs every registered rule. */
  readonly rules?: readonly Rule[] | 'catalog';
  readonly exposure?: (path: string) => Promise<Exposure | undefined>;
  readonly now?: () => Date;
  readonly platform?: string;
  /** Replaces the file writer (to simulate a failing disk). */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
  /** Bytes on stdin (for --stdin-filename). */
  readonly stdin?: string | Uint8Array;
}

/** Every path under the temp folder prints as `<tmp>`, so assertions and snapshots do not depend on the machine. */
export async function cli(argv: readonly string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    cwd: options.cwd,
    env: options.env ?? {},
    homedir: options.home ?? join(options.cwd, 'home'),
    platform: options.platform ?? 'linux',
    isTTY: options.isTTY ?? false,
    fs: { readFile: (path) => readFile(path), writeFile: options.writeFile ?? ((path, text) => writeFile(path, text)) },
    now: options.now ?? (() => new Date('2026-11-24T08:00:00Z')),
    // No git by default: exposure is the git helper's own concern (and slow to spawn in every test).
    exposure: options.exposure ?? (async () => undefined),
    ...(options.stdin !== undefined ? { readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin as Uint8Array) } : {}),
    ...(options.rules === 'catalog' ? {} : { rules: options.rules ?? TEST_RULES }),
  };
  const code = await runCli(argv, io);
  return { code, stdout: scrub(stdout, options.cwd), stderr: scrub(stderr, options.cwd) };
}

export function scrub(text: string, root: string): string {
  return text.split(root).join('<tmp>');
}

/** A fresh temp folder (real path, so symlinked /tmp does not confuse relative paths); removed by the returned function. */
export function tempDir(prefix = 'mcp-warden-cli-'): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` (relative path -> text or bytes) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** The repository root (tests run from out/test/cli). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');
