/** The rule registry: one import per rule, alphabetical. The catalog test checks it against docs and tests. */
import type { Rule } from './rule';
import { syntaxError } from './syntax-error';

export const ALL_RULES: readonly Rule[] = [
  syntaxError,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
