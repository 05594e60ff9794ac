/** The real ServerServices: files, discovery, policy and git exposure through the shared Node modules. */
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { homedir } from 'node:os';
import { findConfigFiles } from '../node/discovery';
import { computeExposure } from '../node/exposure';
import { loadPolicyFor, describeIoError, type PolicyCache } from '../node/policy-lookup';
import { releaseMemory } from '../node/release-memory';
import { existingUserConfigs } from '../node/user-configs';
import type { ReadResult, ServerServices } from './services';

/** Config files are small; anything bigger is not one (and must not stall the server). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function createNodeServices(): ServerServices {
  const homeDir = homedir();
  return {
    homeDir,
    readFile: readTextFile,
    findConfigFiles: (folders, signal, onError) => findConfigFiles(folders, { signal, onError, homeDir }),
    userConfigFiles: () => existingUserConfigs({ homeDir }),
    policyFor: (filePath, cache) => loadPolicyFor(filePath, { cache: cache as PolicyCache }),
    exposure: (filePath) => computeExposure(filePath).catch(() => undefined),
    writeNewFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, { flag: 'wx' });
    },
    today: () => new Date().toISOString().slice(0, 10),
    releaseMemory,
  };
}

/** Reads a UTF-8 text file; binary (NUL bytes) and oversized files are refused with a reason, never thrown. */
export async function readTextFile(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'unreadable', message: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', message: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    const handle = await open(path, 'r');
    try {
      const buffer = await handle.readFile();
      if (buffer.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary', message: 'binary content' };
      return { ok: true, text: buffer.toString('utf8') };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', message: 'no such file' };
    return { ok: false, reason: 'unreadable', message: describeIoError(error) };
  }
}
