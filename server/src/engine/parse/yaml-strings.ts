/** YAML string helpers: source offsets inside scalars (quotes, escapes, block scalars) and writing values as YAML. */
import { stringify } from 'yaml';
import type { DocNode } from './document';
import type { StringCursor } from './string-offsets';

export function yamlStringSourceOffset(text: string, node: DocNode, index: number, from?: StringCursor): number {
  if (node.type !== 'string') return node.offset;
  const end = node.offset + node.length;
  const first = text.charAt(node.offset);
  if (first === '"' || first === "'") {
    let source = from?.source ?? node.offset + 1;
    for (let decoded = from?.decoded ?? 0; decoded < index && source < end - 1; decoded++) {
      const char = text.charAt(source);
      if (first === "'" && char === "'") source += 2; // '' is one quote
      else if (first === '"' && char === '\\') {
        const next = text.charAt(source + 1);
        source += next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
      } else source += 1;
    }
    return Math.min(source, end - 1);
  }
  if (first === '|' || first === '>') {
    // Block scalar: the value starts on the next line, after the indentation of its first line.
    const lineBreak = text.indexOf('\n', node.offset);
    if (lineBreak === -1 || lineBreak >= end) return node.offset;
    const lineStart = lineBreak + 1;
    let indent = 0;
    while (text.charAt(lineStart + indent) === ' ' || text.charAt(lineStart + indent) === '\t') indent++;
    let source = from?.source ?? lineStart + indent;
    for (let decoded = from?.decoded ?? 0; decoded < index && source < end; decoded++) {
      source += 1;
      if (text.charAt(source - 1) === '\n') source += indent;
    }
    return Math.min(source, end);
  }
  return Math.min(node.offset + index, end);
}

/** A value as block YAML lines (`key: value`, `- item`), each prefixed with `indent`. */
export function yamlBlock(value: unknown, indent: string, eol: string): string {
  return stringify(value, { indent: 2, lineWidth: 0 })
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => indent + line)
    .join(eol);
}

/** A scalar as YAML writes it in block context (plain when it can be); collections in flow style. */
export function yamlInline(value: unknown): string {
  if ((value !== null && typeof value === 'object') || (typeof value === 'string' && /[\r\n]/.test(value))) return yamlFlow(value);
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** Any value as flow YAML: JSON is valid YAML flow syntax and never needs context to be read right. */
export function yamlFlow(value: unknown): string {
  return JSON.stringify(value ?? null);
}
