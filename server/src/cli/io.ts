/** Everything the CLI touches outside itself, injected so tests run it in-process with captured output. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { Exposure, Rule } from '../engine/index';
import { createExposureResolver } from '../node/exposure';
import { BLOCKING } from '../node/file-access';

export interface CliFs {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  readonly platform: string;
  /** Whether stdout is a terminal (colors are used only then, and never with NO_COLOR). */
  readonly isTTY: boolean;
  readonly fs: CliFs;
  /** Today's date for rules that age things (stale reviews); defaults to the clock. */
  readonly now?: () => Date;
  /** Git exposure of a file (runs git); none when absent. */
  readonly exposure?: (path: string) => Promise<Exposure | undefined>;
  /** Reads all of stdin (`check --stdin-filename`). */
  readonly readStdin?: () => Promise<Uint8Array>;
  /** The rules to run; defaults to every registered rule (tests and embedders pass their own). */
  readonly rules?: readonly Rule[];
}

/** The real process: stdout/stderr streams, the current folder, the real file system and git. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    homedir: homedir(),
    platform: process.platform,
    isTTY: process.stdout.isTTY === true,
    fs: {
      // Blocking: the CLI waits for its files anyway, and thousands of small reads are much faster so.
      readFile: async (path) => readFileSync(path),
      writeFile: (path, text) => writeFile(path, text),
    },
    now: () => new Date(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks);
    },
    exposure: createExposureResolver(BLOCKING),
  };
}
