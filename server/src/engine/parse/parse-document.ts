/** Chooses the parser by file name: JSON/JSONC, TOML (Codex) or YAML (Continue, Goose). */
import type { ParsedDocument, SyntaxFamily } from './document';
import { parseJson } from './parse-json';
import { parseToml } from './parse-toml';
import { parseYaml } from './parse-yaml';

export type Parser = (text: string) => ParsedDocument;

const PARSERS: Readonly<Record<SyntaxFamily, Parser>> = { json: parseJson, toml: parseToml, yaml: parseYaml };

export function syntaxOfPath(path: string): SyntaxFamily {
  const lower = path.toLowerCase();
  if (lower.endsWith('.toml')) return 'toml';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return 'json';
}

/** Parses `text` with the parser of `syntax`. */
export function parseDocument(text: string, syntax: SyntaxFamily): ParsedDocument {
  return PARSERS[syntax](text);
}
