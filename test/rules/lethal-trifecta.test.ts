import { lethalTrifecta } from '../../server/src/engine/rules/lethal-trifecta';
import { runRuleTests } from '../helpers/rule-tester';

const fetch = { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] };
const filesystem = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] };
const slack = { command: 'npx', args: ['-y', 'slack-mcp-server@1.1.24'] };
const time = { command: 'uvx', args: ['mcp-server-time==2025.8.4'] };
const memory = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.8.4'] };

runRuleTests(lethalTrifecta, {
  valid: [
    { name: 'a fetch server alone has no private data to leak', host: 'cursor', servers: { fetch, time } },
    { name: 'private data without an untrusted source or a way out', host: 'cursor', servers: { filesystem, memory } },
    { name: 'the file reader is disabled (Cline)', host: 'cline', servers: { fetch, filesystem: { ...filesystem, disabled: true } } },
    { name: 'servers of unknown capability are not guessed into a trifecta', host: 'cursor', servers: { 'my-server': { command: 'node', args: ['/opt/x/index.js'] } } },
  ],
  invalid: [
    {
      name: 'fetch + filesystem + slack: one finding per involved server, naming the path',
      host: 'cursor',
      servers: { fetch, filesystem, slack },
      errors: [
        { server: 'fetch', text: '"fetch"', severity: 'error', confidence: 'high', message: 'untrusted content read by fetch can instruct the model to read private data through filesystem and send it out through slack' },
        { server: 'filesystem', text: '"filesystem"', message: 'untrusted content read by fetch can instruct the model to read private data through filesystem and send it out through slack' },
        { server: 'slack', text: '"slack"', message: 'untrusted content read by slack can instruct the model to read private data through filesystem and send it out through fetch' },
      ],
    },
    {
      name: 'one server with all three legs (GitHub)',
      host: 'vscode',
      servers: { github: { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server:v0.13.0'] } },
      errors: [{ server: 'github', message: 'github alone has all three legs', line: 3 }],
    },
    {
      name: 'Cline: each involved server can be disabled',
      host: 'cline',
      servers: { fetch, filesystem },
      errors: [{ server: 'fetch', message: 'through filesystem and send it out through fetch' }, { server: 'filesystem' }],
    },
    {
      name: 'a path guessed from names only is a warning with low confidence',
      host: 'cursor',
      servers: { 'web-scraper': { command: 'node', args: ['/opt/a/index.js'] }, 'company-database': { command: 'node', args: ['/opt/b/index.js'] } },
      errors: [
        { server: 'web-scraper', severity: 'warning', confidence: 'low', message: 'read private data through company-database' },
        { server: 'company-database', severity: 'warning', confidence: 'low' },
      ],
    },
  ],
});
