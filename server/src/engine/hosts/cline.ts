/** Cline: `cline_mcp_settings.json` (user); strict JSON; `autoApprove`; a URL without type is SSE (hosts.md §6). */
import { envColonReference } from './capabilities';
import { defineMcpHost, serversWithAnyKey } from './mcp-host';

export const cline = defineMcpHost({
  id: 'cline',
  displayName: 'Cline',
  docs: 'hosts.md §6; cline/cline apps/vscode/src/services/mcp/schemas.ts',
  capabilities: {
    comments: false,
    trailingCommas: false,
    interpolation: 'env-colon',
    predefinedVariables: [],
    secretInputs: false,
    envFile: false,
    disableField: { key: 'disabled', inverted: false },
    autoApproveFields: ['autoApprove'],
    envReference: envColonReference,
  },
  knownServerFields: ['type', 'transportType', 'command', 'args', 'cwd', 'env', 'url', 'headers', 'autoApprove', 'disabled', 'timeout', 'remoteConfigured', 'oauth', 'metadata'],
  paths: [{ suffix: 'cline_mcp_settings.json', glob: '**/cline_mcp_settings.json', scope: 'user', specificity: 10 }],
  serversKey: 'mcpServers',
  shapeHints: (servers) => 2 * serversWithAnyKey(servers, ['autoApprove', 'transportType']),
  dialect: {
    urlKeys: [{ key: 'url' }],
    urlWithoutType: 'sse',
    typeKeys: ['type', 'transportType'],
    typeValues: { stdio: 'stdio', sse: 'sse', streamablehttp: 'http', http: 'http' },
  },
});
