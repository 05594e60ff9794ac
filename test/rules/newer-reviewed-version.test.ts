import { newerReviewedVersion } from '../../server/src/engine/rules/newer-reviewed-version';
import { configFor } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });
const reviewed = {
  'npm:@upstash/context7-mcp': [{ version: '1.0.12', date: '2026-08-01' }, { version: '1.0.14', date: '2026-10-02', by: 'sam' }],
  'pypi:mcp-server-git': [{ version: '2026.1.14', date: '2026-10-02' }, { version: '2025.1.1', date: '2025-01-02' }],
  'oci:mcp/fetch': [{ version: '1.2', date: '2026-10-02' }],
};

runRuleTests(newerReviewedVersion, {
  valid: [
    { name: 'already on the newest reviewed version', config: { reviewed }, servers: run('npx', '-y', '@upstash/context7-mcp@1.0.14') },
    { name: 'pinned above every reviewed version', config: { reviewed }, servers: run('npx', '-y', '@upstash/context7-mcp@2.0.0') },
    { name: 'no reviews', servers: run('npx', '-y', '@upstash/context7-mcp@1.0.0') },
  ],
  invalid: [
    {
      name: 'npm: a newer reviewed version exists',
      config: { reviewed },
      servers: run('npx', '-y', '@upstash/context7-mcp@1.0.12'),
      errors: [{ message: 'A newer reviewed version of @upstash/context7-mcp exists: 1.0.14 (reviewed 2026-10-02 by sam)', severity: 'hint', text: '1.0.12' }],
      output: configFor('vscode', run('npx', '-y', '@upstash/context7-mcp@1.0.14')),
    },
    {
      name: 'PyPI compares per PEP 440',
      config: { reviewed },
      servers: run('uvx', 'mcp-server-git==2025.12.18'),
      errors: [{ message: 'exists: 2026.1.14' }],
      output: configFor('vscode', run('uvx', 'mcp-server-git==2026.1.14')),
    },
    {
      name: 'image tag',
      config: { reviewed },
      servers: run('docker', 'run', '-i', 'mcp/fetch:1.1'),
      errors: [{ message: 'exists: 1.2', text: '1.1' }],
      output: configFor('vscode', run('docker', 'run', '-i', 'mcp/fetch:1.2')),
    },
  ],
});
