/**
 * "Ignore this finding…": asks for a reason, then writes an inline `// mcp-warden-ignore[id] reason` above the
 * finding where the host accepts comments, or an entry in the nearest `.mcp-warden.json` (created when missing).
 */
import { dirname, join, relative, sep } from 'node:path';
import { CreateFile, TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { createLineIndex, parseDocument, POLICY_FILE_NAME, type Finding } from '../engine/index';
import { DEFAULT_IGNORE_REASON } from '../protocol/protocol';
import { isInside } from './known-files';
import type { CachedLint } from './lint-cache';
import { toLspEdits, type EditCapabilities, type ReadCurrent } from './workspace-edits';
import { pathToUri } from './uris';

export interface IgnoreDeps {
  readonly edits: EditCapabilities;
  readCurrent: ReadCurrent;
  /** Asks the user for a reason; undefined when the client cannot ask (then the default reason is used), null when cancelled. */
  askReason(finding: Finding, target: 'inline' | 'policy'): Promise<string | null | undefined>;
  /** The nearest existing policy file above a config, if any. */
  policyPathFor(path: string): Promise<string | undefined>;
  folders(): readonly string[];
  readonly homeDir: string;
  applyEdit(edit: WorkspaceEdit, label: string): Promise<boolean>;
  /** Fallback when the client cannot create files. */
  writeNewFile(path: string, text: string): Promise<void>;
}

export type IgnoreOutcome = 'inline' | 'policy' | 'cancelled' | 'failed';

export async function ignoreFinding(entry: CachedLint, finding: Finding, deps: IgnoreDeps): Promise<IgnoreOutcome> {
  const inline = entry.result.host?.capabilities.comments ?? false;
  const target = inline ? 'inline' : 'policy';
  const asked = await deps.askReason(finding, target);
  if (asked === null) return 'cancelled';
  const reason = oneLine(asked ?? '') || DEFAULT_IGNORE_REASON;
  if (inline) {
    const edit = inlineIgnoreEdit(entry, finding, reason);
    return await deps.applyEdit(edit, `Ignore ${finding.ruleId}`) ? 'inline' : 'failed';
  }
  return policyIgnore(entry, finding, reason, deps);
}

/** Inserts the comment on its own line above the finding, with the line's indentation. */
export function inlineIgnoreEdit(entry: CachedLint, finding: Finding, reason: string): WorkspaceEdit {
  const { lines } = entry.result;
  const line = lines.positionAt(finding.span.offset).line;
  const indent = /^\s*/.exec(lines.lineText(line))?.[0] ?? '';
  const eol = entry.text.includes('\r\n') ? '\r\n' : '\n';
  const marker = entry.result.document.syntax === 'json' ? '//' : '#';
  const offset = lines.offsetAt({ line, character: 0 });
  const edits = toLspEdits([{ offset, length: 0, content: `${indent}${marker} mcp-warden-ignore[${finding.ruleId}] ${reason}${eol}` }], lines);
  return { documentChanges: [TextDocumentEdit.create({ uri: entry.uri, version: entry.version ?? null }, edits)] };
}

async function policyIgnore(entry: CachedLint, finding: Finding, reason: string, deps: IgnoreDeps): Promise<IgnoreOutcome> {
  const existing = await deps.policyPathFor(entry.path);
  const policyPath = existing ?? join(defaultPolicyFolder(entry.path, deps), POLICY_FILE_NAME);
  const ignore = {
    rule: finding.ruleId,
    file: relative(dirname(policyPath), entry.path).split(sep).join('/'),
    ...(finding.server !== undefined ? { server: finding.server } : {}),
    reason,
  };
  const current = await deps.readCurrent(policyPath);
  const uri = pathToUri(policyPath);
  if (current) {
    const document = parseDocument(current.text, 'json');
    if (!document) return 'failed';
    const edits = document.editor().appendToArray(['ignores'], ignore);
    const lines = createLineIndex(current.text);
    const edit: WorkspaceEdit = deps.edits.documentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri, version: current.version }, toLspEdits(edits, lines))] }
      : { changes: { [uri]: toLspEdits(edits, lines) } };
    return await deps.applyEdit(edit, `Ignore ${finding.ruleId}`) ? 'policy' : 'failed';
  }
  const text = `${JSON.stringify({ ignores: [ignore] }, null, 2)}\n`;
  if (!deps.edits.createFiles || !deps.edits.documentChanges) {
    await deps.writeNewFile(policyPath, text);
    return 'policy';
  }
  const edit: WorkspaceEdit = {
    documentChanges: [
      CreateFile.create(uri, { ignoreIfExists: true }),
      TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }]),
    ],
  };
  return await deps.applyEdit(edit, `Ignore ${finding.ruleId}`) ? 'policy' : 'failed';
}

/** The workspace folder holding the config, else the home folder for user files, else the config's own folder. */
function defaultPolicyFolder(path: string, deps: IgnoreDeps): string {
  const folder = deps.folders().filter((candidate) => isInside(path, candidate)).sort((a, b) => b.length - a.length)[0];
  if (folder) return folder;
  if (isInside(path, deps.homeDir)) return deps.homeDir;
  return dirname(path);
}

/** Reasons go into a one-line comment or a JSON string: no line breaks, no comment terminators. */
function oneLine(reason: string): string {
  return reason.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\*\//g, '* /').trim();
}
