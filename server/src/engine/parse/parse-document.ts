/** Chooses the parser by file name: JSON/JSONC, TOML (Codex) or YAML (Continue, Goose). */
import type { ParsedDocument, SyntaxFamily } from './document';
import { parseJson } from './parse-json';
import { parseToml } from './parse-toml';
import { parseYaml } from './parse-yaml';

export type Parser = (text: string) => ParsedDocument;

const PARSERS: Record<SyntaxFamily, Parser | undefined> = { json: parseJson, toml: parseToml, yaml: parseYaml };

/** Registers the parser of a syntax family (called once at module load by that family's parser module). */
export function registerParser(syntax: SyntaxFamily, parser: Parser): void {
  PARSERS[syntax] = parser;
}

export function syntaxOfPath(path: string): SyntaxFamily {
  const lower = path.toLowerCase();
  if (lower.endsWith('.toml')) return 'toml';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return 'json';
}

/** Parses `text` with the parser of `syntax`; undefined when no parser is registered for it. */
export function parseDocument(text: string, syntax: SyntaxFamily): ParsedDocument | undefined {
  return PARSERS[syntax]?.(text);
}
