/** Roo Code: project `.roo/mcp.json`, global `mcp_settings.json`; `alwaysAllow`; `${env:}`, `${workspaceFolder}` (hosts.md §7). */
import { envColonReference } from './capabilities';
import { defineMcpHost, serversWithAnyKey } from './mcp-host';

export const rooCode = defineMcpHost({
  id: 'roo-code',
  displayName: 'Roo Code',
  docs: 'hosts.md §7; RooCodeInc/Roo-Code src/services/mcp/McpHub.ts',
  capabilities: {
    comments: false,
    trailingCommas: false,
    interpolation: 'env-colon',
    predefinedVariables: ['workspaceFolder'],
    secretInputs: false,
    envFile: false,
    disableField: { key: 'disabled', inverted: false },
    autoApproveFields: ['alwaysAllow'],
    envReference: envColonReference,
  },
  knownServerFields: ['type', 'command', 'args', 'cwd', 'env', 'url', 'headers', 'disabled', 'timeout', 'alwaysAllow', 'watchPaths', 'disabledTools'],
  paths: [
    { suffix: '.roo/mcp.json', glob: '**/.roo/mcp.json', scope: 'project', specificity: 10 },
    { suffix: 'rooveterinaryinc.roo-cline/settings/mcp_settings.json', glob: '**/rooveterinaryinc.roo-cline/settings/mcp_settings.json', scope: 'user', specificity: 10 },
    { suffix: 'mcp_settings.json', glob: '**/mcp_settings.json', scope: 'user', specificity: 3 },
  ],
  serversKey: 'mcpServers',
  shapeHints: (servers) => 3 * serversWithAnyKey(servers, ['alwaysAllow', 'watchPaths']),
  dialect: {
    urlKeys: [{ key: 'url' }],
    urlWithoutType: 'sse',
    typeKeys: ['type'],
    typeValues: { stdio: 'stdio', sse: 'sse', 'streamable-http': 'http' },
  },
});
