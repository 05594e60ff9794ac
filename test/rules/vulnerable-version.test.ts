import { vulnerableVersion } from '../../server/src/engine/rules/vulnerable-version';
import { configFor } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });

runRuleTests(vulnerableVersion, {
  valid: [
    { name: 'fixed npm version', servers: run('npx', '-y', 'mcp-remote@0.1.16') },
    { name: 'version below the affected range', servers: run('npx', '-y', 'mcp-remote@0.0.4') },
    { name: 'fixed PyPI version (PEP 440)', servers: run('uvx', 'mcp-server-git==2026.1.14') },
    { name: 'PyPI post-release above the fix', servers: run('uvx', 'mcp-atlassian==0.22.0.post1') },
    { name: 'package without advisories', servers: run('npx', '-y', '@modelcontextprotocol/server-memory') },
  ],
  invalid: [
    {
      name: 'mcp-remote in the affected range, fixed to the first fixed version',
      servers: run('npx', '-y', 'mcp-remote@0.1.15', 'https://example.com/sse'),
      errors: [{ message: /mcp-remote 0.1.15 is affected by CVE-2025-6514 \(critical.*Fixed in 0.1.16/, severity: 'error', confidence: 'high', text: '0.1.15' }],
      output: configFor('vscode', run('npx', '-y', 'mcp-remote@0.1.16', 'https://example.com/sse')),
    },
    {
      name: 'fix prefers the latest reviewed version above the fix',
      config: { reviewed: { 'npm:mcp-remote': [{ version: '0.1.18', date: '2026-10-02' }, { version: '0.1.9', date: '2025-01-01' }] } },
      servers: run('npx', '-y', 'mcp-remote@0.1.10'),
      errors: [{ text: '0.1.10' }],
      output: configFor('vscode', run('npx', '-y', 'mcp-remote@0.1.18')),
    },
    {
      name: 'PyPI git server: several advisories, fix clears all of them',
      servers: run('uvx', 'mcp-server-git==2025.9.25'),
      errors: [{ message: /Also CVE-2025-68145, CVE-2026-27735\. Fixed in 2026.1.14\./, text: '==2025.9.25' }],
      output: configFor('vscode', run('uvx', 'mcp-server-git==2026.1.14')),
    },
    {
      name: 'uvx name@version',
      servers: run('uvx', 'mcp-atlassian@0.16.1'),
      errors: [{ message: 'Fixed in 0.22.0', text: '0.16.1' }],
      output: configFor('vscode', run('uvx', 'mcp-atlassian@0.22.0')),
    },
    {
      name: 'date-versioned npm reference server',
      servers: run('npx', '-y', '@modelcontextprotocol/server-filesystem@0.6.2', '/tmp'),
      errors: [{ message: /is affected by CVE-2025-53109 \(high\).*Also CVE-2025-53110\. Fixed in 2025\.7\.1\./, text: '0.6.2' }],
    },
    {
      name: 'no fixed version exists',
      servers: run('npx', '-y', '@modelcontextprotocol/server-postgres@0.6.2'),
      errors: [{ message: 'No fixed version exists', severity: 'error', confidence: 'medium' }],
    },
    {
      name: 'unpinned package with a fixed advisory is reported at low confidence',
      servers: run('npx', '-y', 'mcp-remote', 'https://example.com/sse'),
      errors: [{ message: 'A stale npx/uvx cache can still run one: pin 0.1.16 or later.', severity: 'info', confidence: 'low', text: 'mcp-remote' }],
    },
    {
      name: 'unpinned package vulnerable in every version',
      servers: run('uvx', 'mcp-server-sqlite'),
      errors: [{ message: 'No fix exists: replace or remove this server.', severity: 'warning', confidence: 'low' }],
    },
  ],
});
