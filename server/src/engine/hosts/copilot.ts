/**
 * GitHub Copilot: the CLI's `~/.copilot/mcp-config.json`, and the cloud agent's JSON (pasted in repository settings,
 * linted with `--host copilot-agent`): `tools` allow-lists run without approval, secrets are `COPILOT_MCP_*` (hosts.md §17).
 */
import { defineMcpHost, serversWithAnyKey } from './mcp-host';

const COPILOT_TYPES = { local: 'stdio', stdio: 'stdio', http: 'http', sse: 'sse' } as const;

export const copilotCli = defineMcpHost({
  id: 'copilot-cli',
  displayName: 'GitHub Copilot CLI',
  docs: 'hosts.md §17; docs.github.com Copilot CLI MCP configuration',
  capabilities: {
    comments: false,
    trailingCommas: false,
    interpolation: 'unknown',
    predefinedVariables: [],
    secretInputs: false,
    envFile: false,
    autoApproveFields: ['tools'],
  },
  knownServerFields: ['type', 'command', 'args', 'env', 'url', 'headers', 'tools', 'cwd'],
  paths: [
    { suffix: '.copilot/mcp-config.json', glob: '**/.copilot/mcp-config.json', scope: 'user', specificity: 10 },
    { suffix: 'mcp-config.json', glob: '**/mcp-config.json', scope: 'user', specificity: 3 },
  ],
  serversKey: 'mcpServers',
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COPILOT_TYPES },
});

export const copilotAgent = defineMcpHost({
  id: 'copilot-agent',
  displayName: 'GitHub Copilot cloud agent',
  docs: 'hosts.md §17; docs.github.com "Extend the coding agent with MCP"',
  capabilities: {
    comments: false,
    trailingCommas: false,
    interpolation: 'copilot',
    predefinedVariables: [],
    secretInputs: false,
    envFile: false,
    autoApproveFields: ['tools'],
    envReference: (name) => (name.startsWith('COPILOT_MCP_') ? name : `COPILOT_MCP_${name}`),
  },
  knownServerFields: ['type', 'command', 'args', 'env', 'url', 'headers', 'tools'],
  paths: [],
  serversKey: 'mcpServers',
  shapeHints: (servers) => 2 * serversWithAnyKey(servers, ['tools']),
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COPILOT_TYPES },
});
