/** Reads a `.mcp-warden.json` project policy (JSONC) into an EngineConfig, with the location of each problem. */
import { parseJson } from '../parse/parse-json';
import { nodeAt, plainValue, spanOfNode } from '../parse/nodes';
import type { Span } from '../text/span';
import { DEFAULT_ENGINE_CONFIG, engineConfigFrom, type EngineConfig } from './engine-config';

export const POLICY_FILE_NAME = '.mcp-warden.json';

export interface PolicyProblem {
  readonly message: string;
  readonly span: Span;
}

export function parsePolicyFile(text: string, policyDir: string, base: EngineConfig = DEFAULT_ENGINE_CONFIG): { config: EngineConfig; problems: PolicyProblem[] } {
  const document = parseJson(text);
  const problems: PolicyProblem[] = document.problems
    .filter((problem) => problem.kind === 'error')
    .map((problem) => ({ message: `${POLICY_FILE_NAME}: ${problem.message}`, span: problem.span }));
  const { config, problems: configProblems } = engineConfigFrom(plainValue(document.root) ?? {}, base);
  for (const problem of configProblems) {
    const node = nodeAt(document.root, [...problem.path]);
    problems.push({ message: `${POLICY_FILE_NAME}: ${problem.message}`, span: node ? spanOfNode(node) : { offset: 0, length: 0 } });
  }
  return { config: { ...config, policyDir }, problems };
}
