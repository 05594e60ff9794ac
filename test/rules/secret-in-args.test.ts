import { secretInArgs } from '../../server/src/engine/rules/secret-in-args';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { HOST_PATHS } from '../helpers/host-paths';
import { runRuleTests, type InvalidCase, type RuleCase } from '../helpers/rule-tester';

const fakes = buildFakeSecrets(11);
const fake = (id: string): string => fakes.find((f) => f.id === id)!.value;
const HOSTS = Object.keys(HOST_PATHS);
const withTools = (host: string, fields: Record<string, unknown>): Record<string, unknown> => {
  if (host === 'goose') {
    const { command, ...rest } = fields;
    return { type: 'stdio', cmd: command, ...rest };
  }
  return host === 'copilot-agent' ? { type: 'local', tools: ['*'], ...fields } : fields;
};
const uuid = ['af1e3942', '77c4', '4b1d', '9e2f', '0d3a8c6b5425'].join('-');
const sbp = fake('supabase');

const everyHost: InvalidCase[] = HOSTS.map((host) => ({
  name: `--api-key value on ${host}`,
  host,
  servers: { tool: withTools(host, { command: 'npx', args: ['-y', 'some-mcp@1.2.3', '--api-key', fake('groq')] }) },
  secrets: [fake('groq')],
  errors: [{ message: 'process listing', text: fake('groq'), server: 'tool', confidence: 'high' }],
}));

const valid: RuleCase[] = [
  { name: 'reference in args (Cursor)', host: 'cursor', servers: { s: { command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.0', '--access-token', '${env:SUPABASE_ACCESS_TOKEN}'] } } },
  { name: 'reference in args (Claude Code)', host: 'claude-code', servers: { s: { command: 'npx', args: ['x@1.0.0', '--token=${TOKEN}'] } } },
  { name: 'placeholder arg', host: 'claude-desktop', servers: { f: { command: 'cmd', args: ['/c', 'npx', '-y', 'figma-developer-mcp@0.6.0', '--figma-api-key=YOUR-KEY', '--stdio'] } } },
  { name: 'non-secret flags', host: 'cursor', servers: { f: { command: 'npx', args: ['-y', '@smithery/cli@1.0.0', 'run', 'x', '--profile', 'tender-walrus-KqB9rd', '--port', '3000'] } } },
  { name: 'a file argument after an auth-looking flag', host: 'windsurf', servers: { f: { command: 'npx', args: ['-y', 'figma@1.0.0', '--static-oauth-client-metadata', '@d:\\Figma\\meta.json'] } } },
  { name: 'docker -t is a tty flag', host: 'claude-desktop', servers: { d: { command: 'docker', args: ['run', '-i', '-t', 'mcp/time:1.0'] } } },
  { name: 'database URL without password', host: 'cursor', servers: { db: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres@0.6.2', 'postgresql://localhost/mydb'] } } },
  { name: 'secrets in env are literal-secret, not this rule', host: 'cursor', servers: { a: { command: 'node', env: { API_KEY: fake('groq') } } } },
];

const invalid: InvalidCase[] = [
  ...everyHost,
  {
    name: '--token=value',
    host: 'claude-code',
    servers: { t: { command: 'npx', args: ['-y', 'tool@1.0.0', `--token=${fake('linear')}`] } },
    secrets: [fake('linear')],
    errors: [{ text: fake('linear'), message: 'Linear' }],
    output: JSON.stringify({ mcpServers: { t: { command: 'npx', args: ['-y', 'tool@1.0.0', '--token=${LINEAR_API_KEY}'] } } }, null, 2) + '\n',
  },
  {
    name: 'API_KEY="value" positional (corpus 117 shape)',
    host: 'cline',
    servers: { magic: { command: 'npx', args: ['-y', '@21st-dev/magic@0.1.0', `API_KEY="${'f678'.padEnd(64, 'a1b2c3d4e5f6')}"`] } },
    errors: [{ message: 'API key f678', text: 'f678'.padEnd(64, 'a1b2c3d4e5f6') }],
  },
  {
    name: 'Smithery --key UUID (corpus 001 shape) in Claude Desktop: no rewrite',
    host: 'claude-desktop',
    servers: { toolbox: { command: 'cmd', args: ['/c', 'npx', '-y', '@smithery/cli@latest', 'run', '@smithery/toolbox', '--key', uuid] } },
    secrets: [uuid],
    errors: [{ confidence: 'medium', text: uuid, message: 'does not expand variables' }],
  },
  {
    name: 'bare known-format token',
    host: 'roo-code',
    servers: { n: { command: 'npx', args: ['-y', 'notion-mcp@1.0.0', fake('notion')] } },
    secrets: [fake('notion')],
    errors: [{ message: 'Notion', text: fake('notion') }],
  },
  {
    name: 'bare vendor-prefixed token (corpus 026 neon shape)',
    host: 'cursor',
    servers: { neon: { command: 'cmd', args: ['/c', 'npx', '-y', '@neondatabase/mcp-server-neon', 'start', ['napi_hv67d2k5do6tbxdvd', 'o83hed7uux972rmnpfcqeaqc8', 'pzu23rmchoqi463l77en8o'].join('')] } },
    errors: [{ confidence: 'medium', message: 'napi_ prefix' }],
  },
  {
    name: 'DSN with password',
    host: 'cursor',
    servers: { db: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres@0.6.2', `postgresql://app:${['Pg7', 'xK2q', 'Lm9w'].join('')}@localhost:5433/water`] } },
    secrets: [['Pg7', 'xK2q', 'Lm9w'].join('')],
    errors: [{ message: 'Postgres password', text: ['Pg7', 'xK2q', 'Lm9w'].join('') }],
    output: JSON.stringify({ mcpServers: { db: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres@0.6.2', 'postgresql://app:${env:DB_PASSWORD}@localhost:5433/water'] } } }, null, 2) + '\n',
  },
  {
    name: 'mcp-remote --header Authorization: Bearer',
    host: 'claude-code',
    servers: { r: { command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://mcp.example.com/mcp', '--header', `Authorization: Bearer ${fake('npm')}`] } },
    secrets: [fake('npm')],
    errors: [{ text: fake('npm') }],
  },
  {
    name: 'JSON config argument (corpus 026 brave shape)',
    host: 'cursor',
    servers: { brave: { command: 'npx', args: ['-y', '@smithery/cli@1.0.0', 'run', '@smithery-ai/brave-search', '--config', JSON.stringify({ braveApiKey: fake('brave') })] } },
    secrets: [fake('brave')],
    errors: [{ message: 'Brave', confidence: 'high' }],
  },
  {
    name: 'known server: move the token into its documented env var (Cursor)',
    host: 'cursor',
    servers: { supabase: { command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.0', '--access-token', sbp] } },
    secrets: [sbp],
    errors: [{ message: 'SUPABASE_ACCESS_TOKEN in env' }],
    output: JSON.stringify({ mcpServers: { supabase: { command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.0'], env: { SUPABASE_ACCESS_TOKEN: '${env:SUPABASE_ACCESS_TOKEN}' } } } }, null, 2) + '\n',
  },
  {
    name: 'known server on a host without variables: the value moves into env as it is',
    host: 'claude-desktop',
    servers: { supabase: { command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.0', `--access-token=${sbp}`] } },
    secrets: [sbp],
    errors: [{ text: sbp }],
    output: JSON.stringify({ mcpServers: { supabase: { command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.0'], env: { SUPABASE_ACCESS_TOKEN: sbp } } } }, null, 2) + '\n',
  },
  {
    name: 'a token inside a sh -c script',
    host: 'gemini-cli',
    servers: { s: { command: 'sh', args: ['-c', `TAVILY_API_KEY=${fake('tavily')} npx -y tavily-mcp@0.1.3`] } },
    secrets: [fake('tavily')],
    errors: [{ text: fake('tavily'), message: 'Tavily' }],
  },
  {
    name: 'Amazon Q expands ${env:} only in env and headers: no rewrite of an arg',
    host: 'amazon-q',
    servers: { t: { command: 'npx', args: ['-y', 'tool@1.0.0', '--api-key', fake('groq')] } },
    secrets: [fake('groq')],
    errors: [{ message: 'only in env and headers' }],
  },
  {
    name: 'a token in the command string itself',
    host: 'claude-code',
    servers: { s: { command: `npx -y tool@1.0.0 --api-key ${fake('perplexity')}` } },
    secrets: [fake('perplexity')],
    errors: [{ text: fake('perplexity'), message: 'the command of server "s"' }],
  },
];

runRuleTests(secretInArgs, { valid, invalid });
