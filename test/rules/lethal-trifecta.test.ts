import { lethalTrifecta } from '../../server/src/engine/rules/lethal-trifecta';
import { runRuleTests } from '../helpers/rule-tester';

const fetch = { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] };
const filesystem = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] };
const slack = { command: 'npx', args: ['-y', 'slack-mcp-server@1.1.24'] };
const time = { command: 'uvx', args: ['mcp-server-time==2025.8.4'] };
const memory = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.8.4'] };

const brave = { command: 'npx', args: ['-y', '@brave/brave-search-mcp-server@2.0.58'] };
const context7 = { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.17'] };

runRuleTests(lethalTrifecta, {
  valid: [
    { name: 'a fetch server alone has no private data to leak', host: 'cursor', servers: { fetch, time } },
    { name: 'private data without an untrusted source or a way out', host: 'cursor', servers: { filesystem, memory } },
    { name: 'the file reader is disabled (Cline)', host: 'cline', servers: { fetch, filesystem: { ...filesystem, disabled: true } } },
    { name: 'servers of unknown capability are not guessed into a trifecta', host: 'cursor', servers: { 'my-server': { command: 'node', args: ['/opt/x/index.js'] } } },
    { name: 'a documentation index is neither a trigger nor a way out', host: 'cursor', servers: { context7, filesystem } },
    {
      name: 'a path guessed from names alone is not reported',
      host: 'cursor',
      servers: { 'web-scraper': { command: 'node', args: ['/opt/a/index.js'] }, 'company-database': { command: 'node', args: ['/opt/b/index.js'] } },
    },
  ],
  invalid: [
    {
      name: 'fetch + filesystem + slack: the path names fetch and filesystem; slack also holds all three legs alone',
      host: 'cursor',
      servers: { fetch, filesystem, slack },
      errors: [
        { server: 'fetch', text: '"fetch"', severity: 'error', confidence: 'high', message: /untrusted content read by fetch can instruct the model to read private data through filesystem and send it out through fetch\. 1 more server takes part/ },
        { server: 'filesystem', text: '"filesystem"', message: 'untrusted content read by fetch can instruct the model to read private data through filesystem and send it out through fetch' },
        { server: 'slack', text: '"slack"', message: 'slack alone has all three legs' },
      ],
    },
    {
      name: 'one path per session: a second web reader is related, not flagged',
      host: 'cursor',
      servers: { fetch, brave, filesystem },
      errors: [
        { server: 'fetch', message: 'through filesystem and send it out through fetch. 1 more server takes part' },
        { server: 'filesystem', message: 'through filesystem and send it out through fetch' },
      ],
    },
    {
      name: 'one server with all three legs (GitHub)',
      host: 'vscode',
      servers: { github: { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server:v0.13.0'] } },
      errors: [{ server: 'github', message: 'github alone has all three legs', line: 3 }],
    },
    {
      name: 'Cline: each named server can be disabled',
      host: 'cline',
      servers: { fetch, filesystem },
      errors: [{ server: 'fetch', message: 'through filesystem and send it out through fetch' }, { server: 'filesystem' }],
    },
    {
      name: 'a path with one leg guessed from a name is a warning with low confidence',
      host: 'cursor',
      servers: { filesystem, 'web-scraper': { command: 'node', args: ['/opt/a/index.js'] } },
      errors: [
        { server: 'filesystem', severity: 'warning', confidence: 'low', message: 'untrusted content read by web-scraper can instruct the model to read private data through filesystem and send it out through web-scraper' },
        { server: 'web-scraper', severity: 'warning', confidence: 'low' },
      ],
    },
  ],
});
