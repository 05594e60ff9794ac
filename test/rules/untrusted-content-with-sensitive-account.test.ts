import { untrustedContentWithSensitiveAccount } from '../../server/src/engine/rules/untrusted-content-with-sensitive-account';
import { runRuleTests } from '../helpers/rule-tester';

const brave = { command: 'npx', args: ['-y', '@brave/brave-search-mcp-server@2.0.58'] };
const stripe = { command: 'npx', args: ['-y', '@stripe/mcp@0.2.4', '--tools=all'] };
const filesystem = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] };

runRuleTests(untrustedContentWithSensitiveAccount, {
  valid: [
    { name: 'search next to files only', host: 'cursor', servers: { brave, filesystem } },
    { name: 'a payments account without an untrusted source', host: 'cursor', servers: { stripe, filesystem } },
    { name: 'the payments server is disabled (Zed)', host: 'zed', servers: { brave, stripe: { ...stripe, enabled: false } } },
  ],
  invalid: [
    {
      name: 'web search next to Stripe',
      host: 'cursor',
      servers: { brave, stripe },
      errors: [
        { server: 'brave', text: '"brave"', severity: 'error', confidence: 'high', message: 'untrusted content read by brave (known server @brave/brave-search-mcp-server) can instruct the model to act through stripe, which reaches a sensitive account (known server @stripe/mcp)' },
        { server: 'stripe', text: '"stripe"', message: 'act through stripe' },
      ],
    },
    {
      name: 'a hosted payments endpoint found by URL (VS Code)',
      host: 'vscode',
      servers: { brave, paypal: { type: 'http', url: 'https://mcp.paypal.com/sse' } },
      errors: [{ server: 'brave', message: 'act through paypal' }, { server: 'paypal' }],
    },
  ],
});
