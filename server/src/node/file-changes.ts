/**
 * Applies a fix's `externalEdits` (env files, `.gitignore`) next to a config: create when missing, append lines once,
 * keep the file's line endings. Used by `mcp-warden fix` and by the language server's code actions.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { envLineValue, redact, type ExternalEdit } from '../engine/index';

/** One file changed (or to be changed) by external edits. */
export interface ExternalChange {
  readonly path: string;
  /** Undefined when the file did not exist. */
  readonly before: string | undefined;
  readonly after: string;
  /** Some edit to this file carries a secret: never print `before`/`after` as is (see `redactSensitiveLines`). */
  readonly sensitive: boolean;
}

/** Where an external edit lands: relative to the config file's folder; absolute paths are refused (a rule bug). */
export function externalEditPath(configPath: string, edit: ExternalEdit): string {
  if (isAbsolute(edit.path) || /^[A-Za-z]:[\\/]/.test(edit.path)) throw new Error(`external edit path must be relative: ${edit.path}`);
  return resolve(dirname(configPath), edit.path);
}

/**
 * The text after appending `edit`'s lines to `before` (pure; idempotent). A keyed `NAME=value` line is skipped when the
 * file already gives NAME that value, and refused (`ValueConflictError`) when it gives NAME another one: skipping it
 * would lose the secret the fix moves out of the config.
 */
export function appendExternalLines(before: string | undefined, edit: ExternalEdit): string {
  const state = appendStateOf(before ?? '');
  const values = new Map<string, string>();
  for (const line of edit.keyed ? edit.appendLines : []) {
    const name = assignedName(line);
    if (name === undefined) continue;
    const existing = values.get(name) ?? state.assigned.get(name);
    if (existing !== undefined && existing !== envLineValue(line)) throw new ValueConflictError(name);
    values.set(name, envLineValue(line));
  }
  const added: string[] = [];
  for (const line of edit.appendLines) {
    const name = edit.keyed ? assignedName(line) : undefined;
    if (name !== undefined && state.assigned.has(name)) continue;
    if (state.present.has(line.trim())) continue;
    added.push(line);
    state.present.add(line.trim());
    if (name !== undefined) state.assigned.set(name, envLineValue(line));
  }
  if (added.length === 0) return state.text;
  const text = state.text + (state.endsWithNewline ? '' : state.eol) + added.join(state.eol) + state.eol;
  lastAppended = { ...state, text, endsWithNewline: true };
  return text;
}

/** An env file already assigns a moved secret's name another value. */
export class ValueConflictError extends Error {
  /** `file`: the env file, once known (planExternalChanges adds it). */
  constructor(readonly variable: string, readonly file?: string) {
    super(`${file ?? 'the env file'} ${ValueConflictError.rest(variable)}`);
  }

  /** The conflict in words, naming the env file as the reader sees it. */
  describe(shownFile: string): string {
    return `${shownFile} ${ValueConflictError.rest(this.variable)}`;
  }

  private static rest(variable: string): string {
    return `already sets ${variable} to another value, and moving this secret there would lose it: give one of them another name, then fix again`;
  }
}

/** What appending needs to know of a file: its line ending, and the names and lines it already has. */
interface AppendState {
  readonly text: string;
  readonly eol: string;
  readonly endsWithNewline: boolean;
  /** NAME -> value of every `NAME=value` line (the last one of a name). */
  readonly assigned: Map<string, string>;
  readonly present: Set<string>;
}

/**
 * Kept for the text the last append produced, which is what the next append of a fix-all starts from: splitting the
 * whole env file again for each moved secret was quadratic (20,000 appends took 97 s).
 */
let lastAppended: AppendState | undefined;

function appendStateOf(text: string): AppendState {
  if (lastAppended?.text === text) return lastAppended;
  const existing = text.split(/\r?\n/);
  return {
    text,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    endsWithNewline: text === '' || text.endsWith('\n'),
    assigned: new Map(existing.flatMap((line) => {
      const name = assignedName(line);
      return name === undefined ? [] : [[name, envLineValue(line)] as const];
    })),
    present: new Set(existing.map((line) => line.trim())),
  };
}

/** `NAME` of a `NAME=value` or `export NAME=value` line. */
function assignedName(line: string): string | undefined {
  return /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(line)?.[1];
}

/**
 * Computes the changes of several external edits of one config file, grouping edits to the same file. `read` returns
 * undefined for a missing file (defaults to the disk); `pending` carries earlier, not yet written, changes (dry runs).
 */
export async function planExternalChanges(
  configPath: string,
  edits: readonly ExternalEdit[],
  pending: ReadonlyMap<string, ExternalChange> = new Map(),
  read: (path: string) => Promise<string | undefined> = readIfExists,
): Promise<ExternalChange[]> {
  const changes = new Map<string, ExternalChange>();
  for (const edit of edits) {
    const path = externalEditPath(configPath, edit);
    const previous = changes.get(path) ?? pending.get(path);
    const before = previous ? previous.before : await read(path);
    const current = previous ? previous.after : before;
    let after: string;
    try {
      after = appendExternalLines(current, edit);
    } catch (error) {
      throw error instanceof ValueConflictError ? new ValueConflictError(error.variable, path) : error;
    }
    changes.set(path, { path, before, after, sensitive: (previous?.sensitive ?? false) || (edit.sensitive ?? false) });
  }
  return [...changes.values()].filter((change) => change.after !== (change.before ?? ''));
}

/** Writes the changes, creating missing folders; sensitive new files are created readable by the owner only. */
export async function writeExternalChanges(changes: readonly ExternalChange[]): Promise<void> {
  for (const change of changes) {
    await mkdir(dirname(change.path), { recursive: true });
    await writeFile(change.path, change.after, change.before === undefined && change.sensitive ? { mode: 0o600 } : {});
  }
}

/** Applies a fix's external edits to disk; returns what changed. */
export async function applyExternalEdits(configPath: string, edits: readonly ExternalEdit[]): Promise<ExternalChange[]> {
  const changes = await planExternalChanges(configPath, edits);
  await writeExternalChanges(changes);
  return changes;
}

/** A printable form of a line of a sensitive file: `NAME=ghp_…Wxyz`, or the whole line redacted. */
export function redactSensitiveLine(line: string): string {
  const match = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=\s*)(.*)$/.exec(line);
  if (!match) return line.trim() === '' || line.trimStart().startsWith('#') ? line : redact(line);
  const value = match[2] ?? '';
  if (value === '') return line;
  // A quoted value (envLine quotes what is not plain) keeps its quotes around the redacted form.
  const quoted = /^(['"])(.+)\1$/.exec(value);
  return `${match[1] ?? ''}${quoted ? `${quoted[1]}${redact(quoted[2] ?? '')}${quoted[1]}` : redact(value)}`;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
