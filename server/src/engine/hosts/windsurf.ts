/** Windsurf (Cascade): user-level `~/.codeium/windsurf/mcp_config.json`; `serverUrl`; `${env:}` and `${file:}` (hosts.md §5). */
import { envColonReference } from './capabilities';
import { defineMcpHost, serversWithAnyKey } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const windsurf = defineMcpHost({
  id: 'windsurf',
  displayName: 'Windsurf',
  docs: 'hosts.md §5; docs.windsurf.com/windsurf/cascade/mcp',
  capabilities: {
    comments: false,
    trailingCommas: false,
    interpolation: 'env-colon',
    predefinedVariables: ['file'],
    secretInputs: false,
    envFile: false,
    disableField: { key: 'disabled', inverted: false },
    autoApproveFields: [],
    envReference: envColonReference,
  },
  knownServerFields: ['command', 'args', 'env', 'serverUrl', 'url', 'headers', 'disabled', 'disabledTools', 'type'],
  paths: [
    { suffix: '.codeium/windsurf/mcp_config.json', glob: '**/.codeium/windsurf/mcp_config.json', scope: 'user', specificity: 10 },
    { suffix: '.codeium/windsurf-next/mcp_config.json', glob: '**/.codeium/windsurf-next/mcp_config.json', scope: 'user', specificity: 10 },
    { suffix: 'mcp_config.json', glob: '**/mcp_config.json', scope: 'user', specificity: 3 },
  ],
  serversKey: 'mcpServers',
  shapeHints: (servers) => 3 * serversWithAnyKey(servers, ['serverUrl']),
  dialect: { urlKeys: [{ key: 'serverUrl' }, { key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES },
});
