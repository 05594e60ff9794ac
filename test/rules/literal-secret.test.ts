import { literalSecret } from '../../server/src/engine/rules/literal-secret';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { HOST_PATHS, configFor } from '../helpers/host-paths';
import { runRuleTests, type InvalidCase, type RuleCase } from '../helpers/rule-tester';

const fakes = buildFakeSecrets();
const fake = (id: string): string => fakes.find((f) => f.id === id)!.value;
const pat = fake('github-classic-pat');
const HOSTS = Object.keys(HOST_PATHS);

/** A server of `host` whose env holds `env`; Copilot's cloud agent needs `type` and `tools`. */
function server(host: string, fields: Record<string, unknown>): Record<string, unknown> {
  if (host === 'goose') {
    const { command, env, ...rest } = fields;
    return { type: 'stdio', ...(command !== undefined ? { cmd: command } : {}), ...(env !== undefined ? { envs: env } : {}), ...rest };
  }
  return host === 'copilot-agent' ? { type: 'local', tools: ['*'], ...fields } : fields;
}

const github = (host: string, token: string): Record<string, unknown> => ({
  github: server(host, { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: token } }),
});

const everyFormat: InvalidCase[] = fakes.filter((f) => f.place === 'env').map((f, index) => {
  const host = HOSTS[index % HOSTS.length]!;
  return {
    name: `${f.id} in env ${f.name} (${host})`,
    host,
    servers: { api: server(host, { command: 'node', args: ['server.js'], env: { [f.name]: f.value } }) },
    secrets: [f.secret],
    errors: [{ server: 'api', ...(f.value === f.secret ? { text: JSON.stringify(f.value).slice(1, -1) } : {}) }],
  };
});

const everyHost: InvalidCase[] = HOSTS.map((host) => ({
  name: `GitHub token in env on ${host}`,
  host,
  servers: github(host, pat),
  secrets: [pat],
  errors: [{ message: 'GitHub personal access token', text: pat, server: 'github', confidence: 'high', severity: 'warning' }],
}));

const valid: RuleCase[] = [
  ...HOSTS.flatMap((host): RuleCase[] => [
    { name: `placeholder on ${host}`, host, servers: github(host, 'YOUR_GITHUB_TOKEN') },
    { name: `empty token on ${host}`, host, servers: github(host, '') },
  ]),
  { name: 'VS Code input reference', host: 'vscode', servers: github('vscode', '${input:github-token}'), extra: { inputs: [{ type: 'promptString', id: 'github-token', description: 'token', password: true }] } },
  { name: 'VS Code env reference', host: 'vscode', servers: github('vscode', '${env:GITHUB_TOKEN}') },
  { name: 'Cursor env reference', host: 'cursor', servers: github('cursor', '${env:GITHUB_TOKEN}') },
  { name: 'Claude Code braces reference', host: 'claude-code', servers: github('claude-code', '${GITHUB_TOKEN}') },
  { name: 'Claude Code braces reference with default', host: 'claude-code', servers: github('claude-code', '${GITHUB_TOKEN:-}') },
  { name: 'Gemini dollar reference', host: 'gemini-cli', servers: github('gemini-cli', '$GITHUB_TOKEN') },
  { name: 'Copilot agent secret name', host: 'copilot-agent', servers: github('copilot-agent', 'COPILOT_MCP_GITHUB_TOKEN') },
  { name: 'masked placeholders', host: 'cursor', servers: { a: { command: 'node', env: { NOTION_TOKEN: 'ntn_****', OPENAI_API_KEY: 'sk-...', API_KEY: '<token>', SECRET: 'xxxxxxxxxxxx', DB_PASSWORD: 'changeme' } } } },
  { name: 'a GCP project id under GEMINI_API_KEY (corpus 003)', host: 'claude-desktop', servers: { a: { command: 'node', env: { GEMINI_API_KEY: 'gen-lang-client-5494488329' } } } },
  { name: 'JSON headers with a masked Notion token (corpus 017)', host: 'claude-desktop', servers: { notion: { command: 'npx', args: ['-y', '@notionhq/notion-mcp-server'], env: { OPENAPI_MCP_HEADERS: '{"Authorization": "Bearer ntn_****", "Notion-Version": "2025-09-03" }' } } } },
  { name: 'non-secret neighbours', host: 'claude-code', servers: { a: { command: 'node', env: { AWS_REGION: 'us-east-1', AWS_PROFILE: 'dev', GOOGLE_APPLICATION_CREDENTIALS: '/home/me/sa.json', GITHUB_CLIENT_ID: 'Iv1.8a61f9b3a7aba766', MAX_TOKENS: '4096', API_URL: 'https://api.example.com' } } } },
  { name: 'Bearer header with a reference', host: 'vscode', servers: { r: { type: 'http', url: 'https://api.example.com/mcp', headers: { Authorization: 'Bearer ${input:token}' } } }, extra: { inputs: [{ type: 'promptString', id: 'token', description: 't', password: true }] } },
  { name: 'plain low-entropy value under a secret name (pedantic only)', host: 'cursor', servers: { a: { command: 'node', env: { DB_PASSWORD: 'postgres' } } } },
  { name: 'secrets in args are secret-in-args, not this rule', host: 'cursor', servers: { a: { command: 'npx', args: ['-y', 'x@1.0.0', '--token', pat] } } },
];

const vscodeOutput = [
  '{',
  '  "servers": {',
  '    "github": {',
  '      "command": "npx",',
  '      "args": [',
  '        "-y",',
  '        "@modelcontextprotocol/server-github@2025.4.8"',
  '      ],',
  '      "env": {',
  '        "GITHUB_PERSONAL_ACCESS_TOKEN": "${input:github-personal-access-token}"',
  '      }',
  '    }',
  '  },',
  '  "inputs": [',
  '    {',
  '      "type": "promptString",',
  '      "id": "github-personal-access-token",',
  '      "description": "GitHub personal access token for server \\"github\\" (GITHUB_PERSONAL_ACCESS_TOKEN)",',
  '      "password": true',
  '    }',
  '  ]',
  '}',
  '',
].join('\n');

const invalid: InvalidCase[] = [
  ...everyHost,
  ...everyFormat,
  {
    name: 'VS Code: ${input:} plus an inputs entry',
    host: 'vscode',
    servers: github('vscode', pat),
    secrets: [pat],
    errors: [{ message: '${input:github-personal-access-token}' }],
    output: vscodeOutput,
  },
  {
    name: 'a file with a syntax error (its fixes are dropped): the message still names the move and says when its quick fix returns',
    host: 'vscode',
    code: configFor('vscode', github('vscode', pat)).trimEnd().slice(0, -1),
    secrets: [pat],
    errors: [{ message: /Move it out: replace with \$\{input:github-personal-access-token\}.*\. That quick fix is offered again once the syntax error is fixed\.$/, text: pat }],
  },
  {
    name: 'Claude Code: ${NAME}',
    host: 'claude-code',
    code: `{\n  "mcpServers": {\n    "github": { "command": "npx", "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${pat}" } }\n  }\n}\n`,
    secrets: [pat],
    errors: [{ text: pat }],
    output: '{\n  "mcpServers": {\n    "github": { "command": "npx", "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_PERSONAL_ACCESS_TOKEN}" } }\n  }\n}\n',
  },
  {
    name: 'Cursor stdio: the value moves to the envFile',
    host: 'cursor',
    code: `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${pat}" }\n    }\n  }\n}\n`,
    secrets: [pat],
    errors: [{ message: 'env file' }],
    output: '{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "env": {},\n      "envFile": "${workspaceFolder}/.cursor/.mcp.env"\n    }\n  }\n}\n',
  },
  {
    name: 'Windsurf: ${env:NAME} in a header',
    host: 'windsurf',
    code: `{ "mcpServers": { "ctx": { "serverUrl": "https://mcp.context7.com/mcp", "headers": { "CONTEXT7_API_KEY": "${fake('context7')}" } } } }`,
    secrets: [fake('context7')],
    errors: [{ message: 'Context7', confidence: 'high', text: fake('context7') }],
    output: '{ "mcpServers": { "ctx": { "serverUrl": "https://mcp.context7.com/mcp", "headers": { "CONTEXT7_API_KEY": "${env:CONTEXT7_API_KEY}" } } } }',
  },
  {
    name: 'Gemini: Basic credentials in a header (corpus 078 shape)',
    host: 'gemini-cli',
    code: `{ "mcpServers": { "liferay": { "url": "http://localhost:8080/o/mcp/sse", "headers": { "Authorization": "Basic ${['dGVzdEBs', 'aWZlcmF5', 'LmNvbTp0', 'ZXN0'].join('')}" } } } }`,
    errors: [{ message: 'Basic authentication credentials', confidence: 'high' }],
  },
  {
    name: 'Copilot agent: the env value becomes the secret name',
    host: 'copilot-agent',
    servers: github('copilot-agent', pat),
    secrets: [pat],
    errors: [{ text: pat }],
    output: JSON.stringify({ mcpServers: github('copilot-agent', 'COPILOT_MCP_GITHUB_PERSONAL_ACCESS_TOKEN') }, null, 2) + '\n',
  },
  {
    name: 'Claude Desktop: no rewrite, the message says why',
    host: 'claude-desktop',
    servers: github('claude-desktop', pat),
    secrets: [pat],
    errors: [{ message: 'Claude Desktop does not expand variables' }],
  },
  {
    name: 'Zed: no rewrite, OAuth advice',
    host: 'zed',
    servers: { r: { url: 'https://mcp.example.com/mcp', headers: { Authorization: `Bearer ${pat}` } } },
    secrets: [pat],
    errors: [{ message: 'OAuth', text: pat }],
  },
  {
    name: 'two servers with different API_KEY values get distinct names',
    host: 'claude-code',
    servers: { a: { command: 'node', env: { API_KEY: fake('groq') } }, b: { command: 'node', env: { API_KEY: fake('xai') } } },
    secrets: [fake('groq'), fake('xai')],
    errors: [{ server: 'a' }, { server: 'b' }],
    output: JSON.stringify({ mcpServers: { a: { command: 'node', env: { API_KEY: '${API_KEY}' } }, b: { command: 'node', env: { API_KEY: '${B_API_KEY}' } } } }, null, 2) + '\n',
  },
  {
    name: 'VS Code inputs default holding a secret',
    host: 'vscode',
    servers: { g: { command: 'npx', env: { TOKEN: '${input:gh}' } } },
    extra: { inputs: [{ type: 'promptString', id: 'gh', description: 'GitHub', password: true, default: pat }] },
    secrets: [pat],
    errors: [{ message: 'default of input "gh"', text: pat }],
  },
  {
    name: 'tracked file: severity rises to error',
    host: 'cursor',
    servers: github('cursor', pat),
    exposure: { inRepository: true, tracked: true, ignored: false },
    secrets: [pat],
    errors: [{ severity: 'error', message: 'rotate it' }],
  },
  {
    name: 'pedantic: a plain value under a secret name is reported with low confidence',
    host: 'cursor',
    servers: { a: { command: 'node', env: { DB_PASSWORD: 'postgres' } } },
    config: { profile: 'pedantic' },
    errors: [{ confidence: 'low', severity: 'info', message: 'Password' }],
  },
  {
    name: 'medium confidence: a random value under a secret name',
    host: 'claude-code',
    servers: { kali: { command: 'python', env: { KALI_API_KEY: ['4SCCNOh17cEM', '995xEoppB3Gk18uX', 'VhxuuLyJ_6tEUhX'].join('') } } },
    errors: [{ confidence: 'medium', message: 'env KALI_API_KEY' }],
  },
  {
    name: 'password with letters and digits (corpus 065)',
    host: 'claude-code',
    servers: { neo: { command: 'python', env: { NEO4J_USER: 'neo4j', NEO4J_PASS: ['ardo', 'bv40', '81'].join('') } } },
    errors: [{ confidence: 'medium', message: 'Password ***…' }],
  },
];

runRuleTests(literalSecret, { valid, invalid });
