/**
 * Code actions from the lint cache (rules never re-run for a lightbulb): each engine fix as a quick fix, "Ignore this
 * finding…", "Open documentation", and `source.fixAll.mcpWarden` with the safe fixes only.
 */
import { dirname, relative } from 'node:path';
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { applyFixes, lint, type Finding, type Fix, type TextEdit } from '../engine/index';
import { FIX_ALL_KIND, ServerCommands, type DiagnosticData, type IgnoreFindingArgs } from '../protocol/protocol';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { CachedLint } from './lint-cache';
import { supplyChainActions } from './supply-chain-actions';
import { ValueConflictError } from '../node/file-changes';
import { buildWorkspaceEdit, changeBetween, toLspEdits, type EditCapabilities, type ReadCurrent } from './workspace-edits';

/** Fix-all applies fixes, re-lints the result and repeats, at most this many times (ESLint's fixer loop). */
const MAX_FIX_PASSES = 10;

export interface CodeActionDeps {
  readonly edits: EditCapabilities;
  readCurrent: ReadCurrent;
  /** Registry look-ups allowed for this file (trusted workspace and `mcpWarden.network` on). */
  readonly network: boolean;
  /** The client shows disabled actions with their reason. */
  readonly disabledActions?: boolean;
}

export async function codeActions(params: CodeActionParams, entry: CachedLint, deps: CodeActionDeps): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(diagnostic, entry);
      if (finding) actions.push(...await quickFixes(diagnostic, finding, entry, deps));
    }
  }
  // Fix-all re-lints the fixed text. The light bulb asks on every cursor move (automatically, without `only`) and
  // shows no source action; on save and in "Source Action…" the kind is named, and a user's own request is invoked.
  const fixAllWanted = only ? wants(FIX_ALL_KIND) : params.context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (fixAllWanted) {
    const fixAll = fixAllAction(entry, deps.edits.documentChanges);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** The cached finding a diagnostic was made from (by `data.key`; a diagnostic from another tool has none). */
export function findingOf(diagnostic: Diagnostic, entry: CachedLint): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (typeof data?.key !== 'string') return undefined;
  return entry.result.findings.find((finding) => finding.key === data.key && !finding.suppressed);
}

async function quickFixes(diagnostic: Diagnostic, finding: Finding, entry: CachedLint, deps: CodeActionDeps): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const preferred = finding.fixes.find((fix) => fix.safe);
  for (const fix of finding.fixes) {
    // Reading `fix.edits` computes them: a fix that cannot be built is left out, never the other actions with it. One
    // that would lose a secret (its env file gives the name another value) is shown disabled, with why, where it can be.
    let refusal: string | undefined;
    const edit = await Promise.resolve()
      .then(() => buildWorkspaceEdit(
        { path: entry.path, uri: entry.uri, version: entry.version, lines: entry.result.lines },
        fix.edits, fix.externalEdits ?? [], deps.edits, deps.readCurrent,
      ))
      .catch((error: unknown) => {
        if (error instanceof ValueConflictError) refusal = error.describe(error.file ? relative(dirname(entry.path), error.file) : 'the env file');
        return undefined;
      });
    if (!edit) {
      if (refusal && deps.disabledActions) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: refusal } });
      continue;
    }
    actions.push({
      title: fix.safe ? fix.title : `${fix.title} (review the change)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit,
      ...(fix === preferred ? { isPreferred: true } : {}),
      ...(fix.note ? { command: { title: 'What to do next', command: ServerCommands.showNote, arguments: [fix.note] } } : {}),
    });
  }
  actions.push(...supplyChainActions(diagnostic, finding, entry, deps.network));
  const args: IgnoreFindingArgs = { uri: entry.uri, key: finding.key, ruleId: finding.ruleId };
  const comments = entry.result.host?.capabilities.comments ?? false;
  const where = comments ? 'with a comment' : 'in .mcp-warden.json';
  actions.push({
    title: `Ignore this ${finding.ruleId} finding ${where}…`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Ignore finding', command: ServerCommands.ignoreFinding, arguments: [args] },
  });
  actions.push({
    title: `Open documentation for ${finding.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Open rule documentation', command: ServerCommands.openRuleDocs, arguments: [finding.ruleId] },
  });
  return actions;
}

/** Safe fixes that touch only this file (external edits are never applied unattended). */
function safeFixes(findings: readonly Finding[]): Fix[] {
  return findings
    .filter((finding) => !finding.suppressed)
    .flatMap((finding) => finding.fixes.filter((fix) => fix.safe && (fix.externalEdits ?? []).length === 0).slice(0, 1));
}

/** The text after applying every safe fix, re-linting between passes; undefined when nothing changes. */
export function fixAllText(entry: CachedLint): string | undefined {
  let text = entry.text;
  let fixes = safeFixes(entry.result.findings);
  for (let pass = 0; pass < MAX_FIX_PASSES && fixes.length > 0; pass++) {
    const selection = applyFixes(text, fixes);
    if (selection.text === text) break;
    text = selection.text;
    fixes = safeFixes(lint({ ...entry.input, text }).findings);
  }
  return text === entry.text ? undefined : text;
}

function fixAllAction(entry: CachedLint, documentChanges: boolean): CodeAction | undefined {
  let text: string | undefined;
  try {
    text = fixAllText(entry);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const edits = toLspEdits([changeBetween(entry.text, text) as TextEdit], entry.result.lines);
  return {
    title: 'Fix all safe MCP Warden problems',
    kind: FIX_ALL_KIND,
    // Versioned when the client can check versions, so a fix computed for an older text is refused, not misapplied.
    edit: documentChanges
      ? { documentChanges: [{ textDocument: { uri: entry.uri, version: entry.version ?? null }, edits }] }
      : { changes: { [entry.uri]: edits } },
  };
}
