/**
 * The file reads of discovery, policy lookup and exposure, in two flavours behind one async interface. The language
 * server reads through the thread pool so it stays responsive; the CLI does nothing else while it reads, and a
 * blocking read of a small file or folder costs a fraction of a thread-pool round trip.
 */
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';

export interface FileAccess {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
  readText(path: string): Promise<string>;
}

export const NON_BLOCKING: FileAccess = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  stat: (path) => stat(path),
  readText: (path) => readFile(path, 'utf8'),
};

/** Same errors as NON_BLOCKING (thrown inside an async function, so they arrive as rejections). */
export const BLOCKING: FileAccess = {
  readdir: async (path) => readdirSync(path, { withFileTypes: true }),
  stat: async (path) => statSync(path),
  readText: async (path) => readFileSync(path, 'utf8'),
};
