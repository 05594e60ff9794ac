/**
 * A server that reads content written by others (pages, search results, mail, issues) next to one that acts on a
 * sensitive account (payments, cloud administration, email, health): injected text can move money or delete resources.
 */
import { combinationsOfSet } from '../capabilities/combinations';
import { reportCombination } from '../capabilities/report-combination';
import { defineRule } from './rule';

export const untrustedContentWithSensitiveAccount = defineRule({
  meta: {
    id: 'untrusted-content-with-sensitive-account',
    description: 'a server that reads content anyone can write is loaded together with one that reaches a sensitive account or runs commands',
    category: 'combinations',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  checkSet(configs, context) {
    for (const combination of combinationsOfSet(configs)) {
      if (combination.kind === 'untrusted-content-with-sensitive-account') reportCombination(combination, context);
    }
  },
});
