/** Human-facing strings: display paths, terminal-safe text, and ANSI colors (only when enabled). */
import { isAbsolute, relative, sep } from 'node:path';

/** A path relative to `cwd` with `/` separators; `~/…` for files under home outside `cwd`; absolute otherwise. */
export function displayPath(absPath: string, cwd: string, homeDir: string): string {
  const fromCwd = relative(cwd, absPath);
  if (fromCwd === '') return '.';
  if (!fromCwd.startsWith('..') && !isAbsolute(fromCwd)) return fromCwd.split(sep).join('/');
  const fromHome = homeDir ? relative(homeDir, absPath) : '';
  if (fromHome !== '' && !fromHome.startsWith('..') && !isAbsolute(fromHome)) return `~/${fromHome.split(sep).join('/')}`;
  return absPath.split(sep).join('/');
}

/**
 * Replaces control characters so that a config cannot drive the terminal (escape sequences in a server name or a
 * value would otherwise reach the screen); tabs become one space so carets stay aligned.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

export interface Palette {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly gray: (text: string) => string;
  readonly green: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string): string => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string): string => text;

export function palette(color: boolean): Palette {
  if (!color) return { red: plain, yellow: plain, blue: plain, gray: plain, green: plain, bold: plain, dim: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), gray: wrap(90, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
