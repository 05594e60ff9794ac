/** Parses JSON and JSONC with jsonc-parser, keeping every offset, every comment and every dialect deviation. */
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import type { DocNode, ParsedDocument, SyntaxProblem } from './document';
import { createJsonEditor } from './json-editor';
import { jsonStringSourceOffset } from './json-strings';

/** Nesting beyond this is reported instead of parsed: jsonc-parser recurses once per level. */
export const MAX_JSON_DEPTH = 2000;

export function parseJson(text: string): ParsedDocument {
  const problems: SyntaxProblem[] = [];
  const hasBom = text.charCodeAt(0) === 0xfeff;
  // Replace the BOM by a space of the same length, so offsets stay those of the original text.
  const source = hasBom ? ' ' + text.slice(1) : text;
  if (hasBom) {
    problems.push({ kind: 'bom', span: { offset: 0, length: 1 }, message: 'file starts with a UTF-8 byte order mark (BOM)' });
  }
  const scan = scanTrivia(source);
  problems.push(...scan.problems);

  let root: DocNode | undefined;
  if (scan.maxDepth > MAX_JSON_DEPTH) {
    problems.push({
      kind: 'error',
      span: { offset: scan.deepestOffset, length: 1 },
      message: `nesting deeper than ${MAX_JSON_DEPTH} levels; the file was not analysed further`,
    });
  } else {
    const errors: ParseError[] = [];
    root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    for (const error of errors) {
      problems.push({
        kind: 'error',
        span: { offset: error.offset, length: Math.max(error.length, error.offset < text.length ? 1 : 0) },
        message: describeParseError(printParseErrorCode(error.error)),
      });
    }
    if (root === undefined && text.trim().length === 0) {
      problems.push({ kind: 'error', span: { offset: 0, length: 0 }, message: 'file is empty' });
    }
  }

  return {
    text,
    syntax: 'json',
    root,
    problems,
    comments: scan.comments,
    editor: () => createJsonEditor(text),
    sourceOffsetInString: (node, index) => jsonStringSourceOffset(text, node, index),
  };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.replace(/^invalid symbol$/, 'unexpected character').replace(/ expected$/, ' expected');
}

interface TriviaScan {
  readonly comments: { offset: number; length: number }[];
  readonly problems: SyntaxProblem[];
  readonly maxDepth: number;
  readonly deepestOffset: number;
}

/** One scanner pass: comment spans, trailing commas, and the nesting depth (to guard the recursive parser). */
function scanTrivia(text: string): TriviaScan {
  const scanner = createScanner(text, false);
  const comments: { offset: number; length: number }[] = [];
  const problems: SyntaxProblem[] = [];
  let depth = 0;
  let maxDepth = 0;
  let deepestOffset = 0;
  let pendingComma: number | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    switch (kind) {
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        comments.push({ offset, length: scanner.getTokenLength() });
        problems.push({ kind: 'comment', span: { offset, length: scanner.getTokenLength() }, message: 'comments are not allowed in strict JSON' });
        continue;
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        continue;
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken:
        depth++;
        if (depth > maxDepth) {
          maxDepth = depth;
          deepestOffset = offset;
        }
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (pendingComma !== undefined) {
          problems.push({ kind: 'trailing-comma', span: { offset: pendingComma, length: 1 }, message: 'trailing commas are not allowed in strict JSON' });
        }
        depth = Math.max(0, depth - 1);
        break;
      default:
        break;
    }
    pendingComma = kind === SyntaxKind.CommaToken ? offset : undefined;
  }
  return { comments, problems, maxDepth, deepestOffset };
}
