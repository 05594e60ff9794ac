import { credentialsInUrl } from '../../server/src/engine/rules/credentials-in-url';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { runRuleTests, type InvalidCase, type RuleCase } from '../helpers/rule-tester';

const fakes = buildFakeSecrets(23);
const fake = (id: string): string => fakes.find((f) => f.id === id)!.value;
const password = ['s3', 'cr3tP', 'ass9'].join('');
const capability = ['mtjjegotu', 'kcsufd', 'uhpxx', 'Z51', 'yc'].join('-');

const valid: RuleCase[] = [
  { name: 'plain https URL', host: 'vscode', servers: { r: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } } },
  { name: 'query without secrets', host: 'cursor', servers: { r: { url: 'https://mcp.example.com/mcp?agent=cursor&v=2' } } },
  { name: 'reference in the query (Cursor)', host: 'cursor', servers: { r: { url: 'https://mcp.tavily.com/mcp/?tavilyApiKey=${env:TAVILY_API_KEY}' } } },
  { name: 'reference in the userinfo (Claude Code)', host: 'claude-code', servers: { r: { type: 'http', url: 'https://user:${PASSWORD}@mcp.example.com/mcp' } } },
  { name: 'placeholder in the query', host: 'windsurf', servers: { r: { serverUrl: 'https://mcp.exa.ai/mcp?exaApiKey=YOUR_EXA_API_KEY' } } },
  { name: 'VS Code input in the path', host: 'vscode', servers: { r: { type: 'http', url: 'https://${input:domain}/api/mcp' } }, extra: { inputs: [{ type: 'promptString', id: 'domain', description: 'd' }] } },
];

const invalid: InvalidCase[] = [
  {
    name: 'password in userinfo (VS Code)',
    host: 'vscode',
    servers: { r: { type: 'http', url: `https://deploy:${password}@mcp.example.com/mcp` } },
    secrets: [password],
    errors: [{ message: 'URL password', text: password, confidence: 'high' }],
  },
  {
    name: 'Tavily key in the query (Cursor)',
    host: 'cursor',
    servers: { tavily: { url: `https://mcp.tavily.com/mcp/?tavilyApiKey=${fake('tavily')}` } },
    secrets: [fake('tavily')],
    errors: [{ message: 'Tavily', text: fake('tavily') }],
    output: JSON.stringify({ mcpServers: { tavily: { url: 'https://mcp.tavily.com/mcp/?tavilyApiKey=${env:TAVILY_API_KEY}' } } }, null, 2) + '\n',
  },
  {
    name: 'api_key parameter (Claude Code)',
    host: 'claude-code',
    servers: { r: { type: 'http', url: `https://mcp.example.com/mcp?api_key=${fake('groq')}&agent=x` } },
    secrets: [fake('groq')],
    errors: [{ text: fake('groq') }],
    output: JSON.stringify({ mcpServers: { r: { type: 'http', url: 'https://mcp.example.com/mcp?api_key=${GROQ_API_KEY}&agent=x' } } }, null, 2) + '\n',
  },
  {
    name: 'Composio capability path (Roo Code, corpus 129 shape)',
    host: 'roo-code',
    servers: { mem0: { url: `https://mcp.composio.dev/mem0/${capability}?agent=cursor` } },
    secrets: [capability],
    errors: [{ message: 'Composio', text: capability, confidence: 'high' }],
  },
  {
    name: 'Slack webhook (Windsurf serverUrl)',
    host: 'windsurf',
    servers: { hook: { serverUrl: fakes.find((f) => f.id === 'slack-webhook')!.value } },
    secrets: [fakes.find((f) => f.id === 'slack-webhook')!.secret],
    errors: [{ message: 'Slack webhook' }],
  },
  {
    name: 'Zed: no rewrite',
    host: 'zed',
    servers: { r: { url: `https://mcp.example.com/mcp?token=${fake('linear')}` } },
    secrets: [fake('linear')],
    errors: [{ message: 'Zed does not expand variables' }],
  },
  {
    name: 'Gemini httpUrl',
    host: 'gemini-cli',
    servers: { exa: { httpUrl: `https://mcp.exa.ai/mcp?exaApiKey=${['30764449', 'b415', '1128', '05e0', '110130434886'].join('-')}` } },
    errors: [{ message: 'Exa' }],
  },
];

runRuleTests(credentialsInUrl, { valid, invalid });
