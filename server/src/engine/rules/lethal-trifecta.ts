/**
 * Untrusted content + private data + a way out, in what one host loads together (within one server or across
 * several): a prompt injection in a page, issue or email can make the model read private data and send it out.
 */
import { combinationsOfSet } from '../capabilities/combinations';
import { reportCombination } from '../capabilities/report-combination';
import { defineRule } from './rule';

export const lethalTrifecta = defineRule({
  meta: {
    id: 'lethal-trifecta',
    description: 'the servers loaded together read untrusted content, read private data and can send data out',
    category: 'combinations',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  checkSet(configs, context) {
    for (const combination of combinationsOfSet(configs)) {
      if (combination.kind === 'lethal-trifecta') reportCombination(combination, context);
    }
  },
});
