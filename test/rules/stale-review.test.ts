import { staleReview } from '../../server/src/engine/rules/stale-review';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });
const reviewed = { 'npm:@upstash/context7-mcp': [{ version: '1.0.12', date: '2026-07-01' }, { version: '1.0.14', date: '2026-10-02' }] };

runRuleTests(staleReview, {
  valid: [
    { name: 'a fresh review', config: { today: '2026-11-24', reviewed }, servers: run('npx', '-y', '@upstash/context7-mcp@1.0.14') },
    { name: 'no date given to the engine', config: { reviewed }, servers: run('npx', '-y', '@upstash/context7-mcp@1.0.12') },
    {
      name: 'a longer allowed age',
      config: { today: '2026-11-24', reviewed, ruleOptions: { 'stale-review': { maxAgeDays: 180 } } },
      servers: run('npx', '-y', '@upstash/context7-mcp@1.0.12'),
    },
    { name: 'a re-review of the same version counts', config: { today: '2026-11-24', reviewed: { 'npm:x-mcp': [{ version: '1.0.0', date: '2025-01-01' }, { version: '1.0.0', date: '2026-11-01' }] } }, servers: run('npx', 'x-mcp@1.0.0') },
  ],
  invalid: [
    {
      name: 'older than 90 days',
      config: { today: '2026-11-24', reviewed },
      servers: run('npx', '-y', '@upstash/context7-mcp@1.0.12'),
      errors: [{ message: 'is 146 days old (2026-07-01; reviews expire after 90 days)', severity: 'info', text: '1.0.12' }],
    },
    {
      name: 'a shorter allowed age from ruleOptions',
      config: { today: '2026-11-24', reviewed, ruleOptions: { 'stale-review': { maxAgeDays: 30 } } },
      servers: run('npx', '-y', '@upstash/context7-mcp@1.0.14'),
      errors: [{ message: 'reviews expire after 30 days' }],
    },
  ],
});
