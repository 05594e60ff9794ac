/** Lints several config files as one session (user + project scopes) and finds things in the results, for multi-file tests. */
import assert from 'node:assert/strict';
import { lintFiles, type Finding, type LintResult } from '../../server/src/engine/index';
import { HOME } from '../helpers/host-paths';

export interface SetFile {
  readonly path: string;
  /** Raw text, or a server map written under `key` (default `mcpServers`). */
  readonly text?: string;
  readonly servers?: Record<string, unknown>;
  readonly key?: string;
  readonly extra?: Record<string, unknown>;
}

export function textOfFile(file: SetFile): string {
  if (file.text !== undefined) return file.text;
  return JSON.stringify({ [file.key ?? 'mcpServers']: file.servers ?? {}, ...(file.extra ?? {}) }, null, 2) + '\n';
}

export function lintSet(files: readonly SetFile[]): LintResult[] {
  const results = lintFiles(files.map((file) => ({ path: file.path, text: textOfFile(file), homeDir: HOME })));
  for (const result of results) assert.deepEqual(result.engineErrors, [], `engine errors in ${result.path}`);
  return results;
}

/** Unsuppressed findings of `ruleIds` in the file at `path`. */
export function findingsIn(results: readonly LintResult[], path: string, ...ruleIds: string[]): Finding[] {
  const result = results.find((r) => r.path === path);
  assert.ok(result, `no result for ${path}`);
  return result.findings.filter((f) => ruleIds.includes(f.ruleId) && !f.suppressed);
}

/** The source text a span covers in the file at `path`. */
export function textAt(files: readonly SetFile[], path: string, span: { offset: number; length: number }): string {
  const file = files.find((f) => f.path === path);
  assert.ok(file, `no file ${path}`);
  return textOfFile(file).slice(span.offset, span.offset + span.length);
}
