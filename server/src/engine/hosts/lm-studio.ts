/** LM Studio: `~/.lmstudio/mcp.json` in Cursor's notation; no interpolation (hosts.md §15). */
import { STRICT_JSON_NO_VARIABLES } from './capabilities';
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const lmStudio = defineMcpHost({
  id: 'lm-studio',
  displayName: 'LM Studio',
  docs: 'hosts.md §15; lmstudio.ai/docs/app/mcp',
  capabilities: STRICT_JSON_NO_VARIABLES,
  knownServerFields: ['command', 'args', 'env', 'url', 'headers', 'type'],
  paths: [{ suffix: '.lmstudio/mcp.json', glob: '**/.lmstudio/mcp.json', scope: 'user', specificity: 10 }],
  serversKey: 'mcpServers',
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES },
});
