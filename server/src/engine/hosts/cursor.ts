/** Cursor: `.cursor/mcp.json` in a project or the home folder; `${env:NAME}` and a few predefined variables (hosts.md §4). */
import { CURSOR_PREDEFINED, envColonReference } from './capabilities';
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const cursor = defineMcpHost({
  id: 'cursor',
  displayName: 'Cursor',
  docs: 'hosts.md §4; cursor.com/docs/mcp',
  capabilities: {
    // The official docs' own example starts with a `//` comment (hosts.md §4).
    comments: true,
    trailingCommas: false,
    interpolation: 'env-colon',
    predefinedVariables: CURSOR_PREDEFINED,
    secretInputs: false,
    envFile: true,
    autoApproveFields: [],
    envReference: envColonReference,
  },
  knownServerFields: ['type', 'command', 'args', 'env', 'envFile', 'url', 'headers', 'auth'],
  paths: [{ suffix: '.cursor/mcp.json', glob: '**/.cursor/mcp.json', scope: 'home-or-project', specificity: 10 }],
  serversKey: 'mcpServers',
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES, envFileKey: 'envFile' },
});
