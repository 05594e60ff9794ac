import { maliciousPackage } from '../../server/src/engine/rules/malicious-package';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });

runRuleTests(maliciousPackage, {
  valid: [
    { name: 'a genuine package', servers: run('npx', '-y', '@modelcontextprotocol/server-memory@2025.8.4') },
    { name: 'a PyPI package', servers: run('uvx', 'mcp-server-fetch==2025.4.7') },
  ],
  invalid: [
    {
      name: 'postmark-mcp at any version',
      servers: run('npx', '-y', 'postmark-mcp@1.0.0'),
      errors: [{ message: /"postmark-mcp" is a known malicious package \(MAL-2025-47604\)/, severity: 'error', confidence: 'high', text: 'postmark-mcp' }],
    },
    { name: 'postmark-mcp unpinned', host: 'claude-desktop', servers: run('npx', 'postmark-mcp'), errors: [{ text: 'postmark-mcp', severity: 'error' }] },
    {
      name: 'suspected PyPI name squat',
      servers: run('uvx', 'awslabs-aws-dms-mcp-server@latest'),
      errors: [{ message: 'suspected name squat', severity: 'warning', confidence: 'medium', text: 'awslabs-aws-dms-mcp-server' }],
    },
  ],
});
