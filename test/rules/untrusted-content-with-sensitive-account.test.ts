import { untrustedContentWithSensitiveAccount } from '../../server/src/engine/rules/untrusted-content-with-sensitive-account';
import { runRuleTests } from '../helpers/rule-tester';

const brave = { command: 'npx', args: ['-y', '@brave/brave-search-mcp-server@2.0.58'] };
const stripe = { command: 'npx', args: ['-y', '@stripe/mcp@0.2.4', '--tools=all'] };
const filesystem = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] };
const fetch = { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] };
const github = { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server:v0.13.0'] };
const commander = { command: 'npx', args: ['-y', '@wonderwhy-er/desktop-commander@0.2.17'] };

runRuleTests(untrustedContentWithSensitiveAccount, {
  valid: [
    { name: 'search next to files only', host: 'cursor', servers: { brave, filesystem } },
    { name: 'a payments account without an untrusted source', host: 'cursor', servers: { stripe, filesystem } },
    { name: 'the payments server is disabled (Zed)', host: 'zed', servers: { brave, stripe: { ...stripe, enabled: false } } },
    { name: 'issues in an account are written by collaborators: not a trigger across servers', host: 'cursor', servers: { github, stripe } },
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
    {
      name: 'a shell on the machine is as sensitive as an account',
      host: 'cursor',
      servers: { fetch, commander },
      errors: [
        { server: 'fetch', message: 'can instruct the model to act through commander, which runs commands with the credentials it has (known server @wonderwhy-er/desktop-commander)' },
        { server: 'commander' },
      ],
    },
    {
      name: 'one path per session: an account before a shell, the second web reader related only',
      host: 'cursor',
      servers: { fetch, brave, commander, stripe },
      errors: [
        { server: 'fetch', message: /act through stripe, which reaches a sensitive account .* 2 more servers take part/ },
        { server: 'stripe', message: 'act through stripe' },
      ],
    },
  ],
});
