import { exfiltrationPair } from '../../server/src/engine/rules/exfiltration-pair';
import { runRuleTests } from '../helpers/rule-tester';

const filesystem = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] };
const twilio = { command: 'npx', args: ['-y', '@twilio-alpha/mcp@0.6.0'] };
const memory = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.8.4'] };
const fetch = { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] };
const runner = { command: 'npx', args: ['-y', 'mcp-server-code-runner@0.1.8'] };

runRuleTests(exfiltrationPair, {
  valid: [
    { name: 'only private data', host: 'cursor', servers: { filesystem, memory } },
    { name: 'an untrusted source makes it a lethal trifecta (reported by that rule instead)', host: 'cursor', servers: { filesystem, twilio, fetch } },
    { name: 'a way out but nothing private', host: 'cursor', servers: { runner } },
    { name: 'the sender is disabled (Windsurf)', host: 'windsurf', servers: { filesystem, twilio: { ...twilio, disabled: true } } },
  ],
  invalid: [
    {
      name: 'file reader + SMS sender',
      host: 'cursor',
      servers: { filesystem, twilio },
      errors: [
        { server: 'filesystem', text: '"filesystem"', severity: 'warning', confidence: 'high', message: 'read private data through filesystem (known server @modelcontextprotocol/server-filesystem) and send it out through twilio' },
        { server: 'twilio', text: '"twilio"', message: 'read private data through filesystem' },
      ],
    },
    {
      name: 'a code runner is a way out too (one confidence step lower)',
      host: 'roo-code',
      servers: { memory, runner },
      errors: [
        { server: 'memory', confidence: 'medium', message: 'send it out through runner' },
        { server: 'runner', confidence: 'medium' },
      ],
    },
  ],
});
