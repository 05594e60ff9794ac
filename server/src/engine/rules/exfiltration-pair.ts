/**
 * A server that reads private data next to one that can send data out (the "read all files + send email" pair).
 * Reported when no untrusted source completes a lethal trifecta (that rule reports the stronger case).
 */
import { combinationsOfSet } from '../capabilities/combinations';
import { reportCombination } from '../capabilities/report-combination';
import { defineRule } from './rule';

export const exfiltrationPair = defineRule({
  meta: {
    id: 'exfiltration-pair',
    description: 'a server that reads private data is loaded together with one that can send data out',
    category: 'combinations',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkSet(configs, context) {
    for (const combination of combinationsOfSet(configs)) {
      if (combination.kind === 'exfiltration-pair') reportCombination(combination, context);
    }
  },
});
