/** Builds LSP WorkspaceEdits from engine edits: one versioned TextDocumentEdit for the linted file, files created or appended for external edits. */
import {
  CreateFile, TextDocumentEdit, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ExternalEdit, LineIndex, TextEdit } from '../engine/index';
import { planExternalChanges } from '../node/file-changes';
import { createLineIndex, minimalEdit } from '../engine/index';
import { pathToUri } from './uris';

export interface EditCapabilities {
  /** `workspace.workspaceEdit.documentChanges`. */
  readonly documentChanges: boolean;
  /** `workspace.workspaceEdit.resourceOperations` includes `create`. */
  readonly createFiles: boolean;
}

/** A file's current text as the editor sees it (open document) or as on disk; undefined when missing. */
export type ReadCurrent = (path: string) => Promise<{ text: string; version: number | null } | undefined>;

export function toLspEdits(edits: readonly TextEdit[], lines: LineIndex): LspTextEdit[] {
  return edits.map((edit) => ({ range: lines.rangeOf({ offset: edit.offset, length: edit.length }), newText: edit.content }));
}

/** One minimal edit turning `before` into `after` (common prefix and suffix kept), or undefined when equal. */
export function changeBetween(before: string, after: string): TextEdit | undefined {
  return before === after ? undefined : minimalEdit(before, after);
}

/**
 * The WorkspaceEdit of a fix: edits to the linted document (versioned) plus its external edits. Undefined when the
 * client cannot create a file the fix needs: offering it would apply half a fix and could lose a moved value.
 */
export async function buildWorkspaceEdit(
  target: { readonly path: string; readonly uri: string; readonly version: number | undefined; readonly lines: LineIndex },
  edits: readonly TextEdit[],
  external: readonly ExternalEdit[],
  capabilities: EditCapabilities,
  readCurrent: ReadCurrent,
): Promise<WorkspaceEdit | undefined> {
  const main = toLspEdits(edits, target.lines);
  const changes = external.length > 0
    ? await planExternalChanges(target.path, external, new Map(), async (path) => (await readCurrent(path))?.text)
    : [];
  if (!capabilities.documentChanges) {
    if (changes.some((change) => change.before === undefined)) return undefined;
    const byUri: Record<string, LspTextEdit[]> = { [target.uri]: main };
    for (const change of changes) byUri[pathToUri(change.path)] = [appendEdit(change.before ?? '', change.after)];
    return { changes: byUri };
  }
  const documentChanges: WorkspaceEdit['documentChanges'] & unknown[] = [
    TextDocumentEdit.create({ uri: target.uri, version: target.version ?? null }, main),
  ];
  for (const change of changes) {
    const uri = pathToUri(change.path);
    if (change.before === undefined) {
      if (!capabilities.createFiles) return undefined;
      documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
      documentChanges.push(TextDocumentEdit.create({ uri, version: null }, [{ range: ZERO_RANGE, newText: change.after }]));
    } else {
      const current = await readCurrent(change.path);
      documentChanges.push(TextDocumentEdit.create({ uri, version: current?.version ?? null }, [appendEdit(change.before, change.after)]));
    }
  }
  return { documentChanges };
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** External edits only append: insert the new tail at the end of the old text. */
function appendEdit(before: string, after: string): LspTextEdit {
  const end = createLineIndex(before).positionAt(before.length);
  if (after.startsWith(before)) return { range: { start: end, end }, newText: after.slice(before.length) };
  return { range: { start: { line: 0, character: 0 }, end }, newText: after };
}
