/** Reads a config file as text, turning binary, oversized, UTF-16 and invalid UTF-8 files into clear messages. */
import type { CliFs } from './io';
import { describeIoError } from '../node/policy-lookup';

/** Far above any real config (the largest real ones are a few hundred KB), low enough to keep a run responsive. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type ReadOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

export async function readTextFile(fs: CliFs, path: string): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return { ok: false, message: `cannot read: ${describeIoError(error)}` };
  }
  return decodeConfigBytes(bytes);
}

/** The text of a file, with a UTF-8 BOM kept (the engine reports it for hosts that reject it). */
export function decodeConfigBytes(bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: `file too large (${megabytes(bytes.length)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB), not checked` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'file is UTF-16 encoded; MCP hosts read UTF-8, so save it as UTF-8 (not checked)' };
  }
  if (bytes.includes(0)) return { ok: false, message: 'not a text file (it contains NUL bytes), not checked' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'not valid UTF-8 text, not checked' };
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
