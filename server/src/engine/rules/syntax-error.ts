/**
 * A file the host cannot parse is a file whose servers silently do not start (or, worse, start from a stale copy).
 * Strict-JSON hosts also reject comments, trailing commas and a byte order mark that JSONC editors accept.
 */
import type { SyntaxProblem } from '../parse/document';
import { defineRule } from './rule';

export const syntaxError = defineRule({
  meta: {
    id: 'syntax-error',
    description: 'the file does not parse for its host',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: 'safe',
    fixesBrokenFiles: true,
  },
  checkDocument(context) {
    const { host, document } = context;
    for (const problem of document.problems) {
      if (!rejectedByHost(problem, host.capabilities)) continue;
      const fixes = problem.kind === 'error' ? [] : [{
        title: problem.kind === 'comment' ? 'Remove the comment' : problem.kind === 'bom' ? 'Remove the byte order mark' : 'Remove the trailing comma',
        safe: true,
        edits: [{ offset: problem.span.offset, length: problem.span.length, content: '' }],
      }];
      context.report({
        message: problem.kind === 'error' ? problem.message : `${problem.message}; ${host.displayName} reads this file as strict JSON and will fail to load it`,
        span: problem.span,
        confidence: problem.kind === 'error' ? 'high' : 'medium',
        discriminator: `${problem.kind}@${problem.span.offset}`,
        fixes,
      });
    }
  },
});

function rejectedByHost(problem: SyntaxProblem, capabilities: { comments: boolean; trailingCommas: boolean }): boolean {
  switch (problem.kind) {
    case 'error':
      return true;
    case 'comment':
      return !capabilities.comments;
    case 'trailing-comma':
      return !capabilities.trailingCommas;
    case 'bom':
      // Editors built on VS Code strip a BOM; hosts that call JSON.parse on the raw file do not.
      return !capabilities.comments;
  }
}
