import { unreviewedVersion } from '../../server/src/engine/rules/unreviewed-version';
import { configFor } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });
const DIGEST_A = `sha256:${'a1'.repeat(32)}`;
const DIGEST_B = `sha256:${'b2'.repeat(32)}`;
const reviewed = {
  'npm:@upstash/context7-mcp': [{ version: '1.0.14', date: '2026-10-02', by: 'sam' }, { version: '1.0.12', date: '2026-08-01' }],
  'pypi:mcp-server-fetch': [{ version: '2025.4.7', date: '2026-10-02' }],
  'oci:ghcr.io/github/github-mcp-server': [{ version: `0.20.1@${DIGEST_A}`, date: '2026-10-02' }],
};

runRuleTests(unreviewedVersion, {
  valid: [
    { name: 'the pinned version is reviewed', config: { reviewed }, servers: run('npx', '-y', '@upstash/context7-mcp@1.0.12') },
    { name: 'PyPI reviewed version', config: { reviewed }, servers: run('uvx', 'mcp-server-fetch==2025.4.7') },
    { name: 'image pinned to the reviewed digest', config: { reviewed }, servers: run('docker', 'run', '-i', `ghcr.io/github/github-mcp-server:0.20.1@${DIGEST_A}`) },
    { name: 'no policy for this package', config: { reviewed }, servers: run('npx', '-y', 'mcp-remote@0.1.16') },
    { name: 'unpinned packages are unpinned-package\'s business', config: { reviewed }, servers: run('npx', '-y', '@upstash/context7-mcp') },
  ],
  invalid: [
    {
      name: 'npm version not reviewed',
      config: { reviewed },
      servers: run('npx', '-y', '@upstash/context7-mcp@1.0.15'),
      errors: [{ message: /1.0.15 is not a reviewed version \(reviewed: 1.0.14, 1.0.12\)/, severity: 'warning', text: '1.0.15' }],
      output: configFor('vscode', run('npx', '-y', '@upstash/context7-mcp@1.0.14')),
    },
    {
      name: 'PyPI version not reviewed (policy key in another spelling)',
      config: { reviewed: { 'pypi:MCP_Server_Fetch': [{ version: '2025.4.7', date: '2026-10-02' }] } },
      servers: run('uvx', 'mcp-server-fetch==2025.4.6'),
      errors: [{ text: '==2025.4.6' }],
      output: configFor('vscode', run('uvx', 'mcp-server-fetch==2025.4.7')),
    },
    {
      name: 'image digest differs from the reviewed one',
      config: { reviewed },
      servers: run('docker', 'run', '-i', `ghcr.io/github/github-mcp-server:0.20.1@${DIGEST_B}`),
      errors: [{ message: 'is not a reviewed version' }],
      output: configFor('vscode', run('docker', 'run', '-i', `ghcr.io/github/github-mcp-server:0.20.1@${DIGEST_A}`)),
    },
  ],
});
