/** Finds variable references (`${input:x}`, `${env:X}`, `${X}`, `$X`, `${{ secrets.X }}`) in a string. Linear time. */
import { memoize, memoizeLatest, memoizeOnObject } from '../bounded-memo';
import type { DocNode, ParsedDocument } from '../parse/document';
import type { InterpolationKind } from '../hosts/host-format';
import { stringValuesUnder, type StringValue } from '../parse/string-nodes';
import type { ServerEntry } from './server-entry';
import { EMPTY_LIST } from '../empty-list';

export type ReferenceSyntax =
  | 'input'       // ${input:id}
  | 'env-colon'   // ${env:NAME}
  | 'predefined'  // ${workspaceFolder}, ${userHome}, ${file:...}, other ${word:...}
  | 'braces'      // ${NAME} or ${NAME:-default}
  | 'dollar'      // $NAME
  | 'continue'    // ${{ secrets.NAME }}
  | 'copilot';    // COPILOT_MCP_NAME (as a whole env value) or $COPILOT_MCP_NAME

export interface VariableReference {
  readonly syntax: ReferenceSyntax;
  /** The variable, input id or secret name. */
  readonly name: string;
  /** Index range within the string value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const PREDEFINED = /^(workspaceFolder|workspaceFolderBasename|workspaceRoot|userHome|pathSeparator|\/|cwd|file|fileDirname|fileBasename|relativeFile|execPath|defaultBuildTask|lineNumber|selectedText|extensionPath|workspacePath|CLAUDE_PLUGIN_ROOT|CLAUDE_PLUGIN_DATA|CLAUDE_PROJECT_DIR|__dirname|HOME|DESKTOP|DOCUMENTS|DOWNLOADS)$/;

/** Every reference syntax starts with `$`: strings without one need no scan (lets walks skip them early). */
export function mayHoldReference(value: string): boolean {
  return value.includes('$');
}

/** The strings of a server that may hold a reference: walked once for the rules that check references. */
export function referenceCandidatesOf(server: ServerEntry, document: ParsedDocument): readonly StringValue[] {
  return sourceMayHoldReference(document, server.node) ? candidatesOf(server) : NO_STRINGS;
}

const candidatesOf = memoizeOnObject((server: ServerEntry) => stringValuesUnder(server.node, server.path, { accept: mayHoldReference }));
const NO_STRINGS: readonly StringValue[] = EMPTY_LIST;

/**
 * Whether a decoded string under `node` can contain a `$`. In JSON it can only if the node's source has a `$`, or a `\`
 * that starts an escape: most servers have neither, and a search of the text spares them the walk of their values.
 * TOML and YAML are always walked (a YAML alias brings in a value written elsewhere), and so is text with an error.
 */
function sourceMayHoldReference(document: ParsedDocument, node: DocNode): boolean {
  const offsets = markerOffsets(document);
  if (!offsets) return true;
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid] as number) < node.offset) low = mid + 1;
    else high = mid;
  }
  return low < offsets.length && (offsets[low] as number) < node.offset + node.length;
}

/**
 * The offsets of every `$` and `\` of a JSON document's text, in order; undefined for other syntaxes and for text with a
 * syntax error, whose recovered nodes need not span their children.
 */
const markerOffsets = memoizeLatest((document: ParsedDocument): number[] | undefined => {
  if (document.syntax !== 'json' || document.problems.some((problem) => problem.kind === 'error')) return undefined;
  const text = document.text;
  const offsets: number[] = [];
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) offsets.push(at);
  const dollars = offsets.length;
  for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1)) offsets.push(at);
  return offsets.length > dollars ? offsets.sort((a, b) => a - b) : offsets;
});

/** The references in `value`. Short values recur in every server and lint, so they are examined once; never change the result. */
export function findVariableReferences(value: string): readonly VariableReference[] {
  if (!mayHoldReference(value)) return NO_REFERENCES;
  return value.length <= MAX_REMEMBERED_VALUE ? rememberedReferences(value) : referencesIn(value);
}

const NO_REFERENCES: readonly VariableReference[] = EMPTY_LIST;
const MAX_REMEMBERED_VALUE = 512;
const rememberedReferences = memoize(referencesIn);

function referencesIn(value: string): VariableReference[] {
  const refs: VariableReference[] = [];
  // Once a closer is known to be absent after some point, later searches skip the scan: keeps `${${${…` linear.
  let noBraceAfter = Infinity;
  let noDoubleBraceAfter = Infinity;
  const closing = (token: string, from: number): number => {
    const limit = token === '}}' ? noDoubleBraceAfter : noBraceAfter;
    if (from >= limit) return -1;
    const found = value.indexOf(token, from);
    if (found === -1) {
      if (token === '}}') noDoubleBraceAfter = from;
      else noBraceAfter = from;
    }
    return found;
  };
  let i = 0;
  while (i < value.length) {
    const dollar = value.indexOf('$', i);
    if (dollar === -1) break;
    if (value.startsWith('${{', dollar)) {
      const close = closing('}}', dollar + 3);
      if (close !== -1) {
        const inner = value.slice(dollar + 3, close).trim();
        const name = inner.replace(/^(secrets|inputs)\./, '');
        refs.push({ syntax: 'continue', name, start: dollar, end: close + 2, text: value.slice(dollar, close + 2) });
        i = close + 2;
        continue;
      }
    }
    if (value[dollar + 1] === '{') {
      const close = closing('}', dollar + 2);
      if (close !== -1) {
        const inner = value.slice(dollar + 2, close);
        // Fields copied one by one: spreading the classification costs V8 about two microseconds per reference.
        const { syntax, name } = classifyBraces(inner);
        refs.push({ syntax, name, start: dollar, end: close + 1, text: value.slice(dollar, close + 1) });
        i = close + 1;
        continue;
      }
    }
    const nameEnd = identifierEnd(value, dollar + 1);
    if (nameEnd > dollar + 1) {
      const name = value.slice(dollar + 1, nameEnd);
      refs.push({ syntax: name.startsWith('COPILOT_MCP_') ? 'copilot' : 'dollar', name, start: dollar, end: nameEnd, text: value.slice(dollar, nameEnd) });
      i = nameEnd;
      continue;
    }
    i = dollar + 1;
  }
  return refs;
}

/** End of an environment-variable name starting at `start` (`[A-Za-z_][A-Za-z0-9_]*`), or `start` when there is none. */
function identifierEnd(value: string, start: number): number {
  const first = value.charCodeAt(start);
  const isStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (!isStart(first)) return start;
  let end = start + 1;
  while (end < value.length) {
    const c = value.charCodeAt(end);
    if (!(isStart(c) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return end;
}

function classifyBraces(inner: string): { syntax: ReferenceSyntax; name: string } {
  const colon = inner.indexOf(':');
  if (colon > 0 && inner[colon + 1] !== '-') {
    const scheme = inner.slice(0, colon);
    const rest = inner.slice(colon + 1);
    if (scheme === 'input') return { syntax: 'input', name: rest };
    if (scheme === 'env') return { syntax: 'env-colon', name: rest };
    return { syntax: 'predefined', name: scheme };
  }
  const name = colon > 0 ? inner.slice(0, colon) : inner;
  if (PREDEFINED.test(name)) return { syntax: 'predefined', name };
  return { syntax: 'braces', name };
}

/** Whether a host with this interpolation expands a reference of this syntax. Undefined: not known. */
export function hostExpands(kind: InterpolationKind, syntax: ReferenceSyntax, predefined: readonly string[], name: string): boolean | undefined {
  switch (kind) {
    case 'vscode':
      return syntax === 'input' || syntax === 'env-colon' || syntax === 'predefined';
    case 'env-colon':
      return syntax === 'env-colon' || (syntax === 'predefined' && predefined.includes(name));
    case 'braces':
      return syntax === 'braces' || (syntax === 'predefined' && predefined.includes(name));
    case 'shell':
      return syntax === 'braces' || syntax === 'dollar' || syntax === 'copilot' || (syntax === 'predefined' && predefined.includes(name));
    case 'copilot':
      return syntax === 'copilot';
    case 'continue':
      return syntax === 'continue';
    case 'codex-names':
    case 'none':
      return false;
    case 'unknown':
      return undefined;
  }
}

/** The text of `value` outside its variable references; undefined when it holds no reference at all. */
export function literalRemainder(value: string): string | undefined {
  const refs = findVariableReferences(value);
  if (refs.length === 0) return undefined;
  let rest = '';
  let cursor = 0;
  for (const ref of refs) {
    rest += value.slice(cursor, ref.start);
    cursor = ref.end;
  }
  return rest + value.slice(cursor);
}
