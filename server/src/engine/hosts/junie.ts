/** Junie (JetBrains): `.junie/mcp/mcp.json` (project and user); stdio only, nothing expanded (hosts.md §13). */
import { STRICT_JSON_NO_VARIABLES } from './capabilities';
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const junie = defineMcpHost({
  id: 'junie',
  displayName: 'Junie',
  docs: 'hosts.md §13; junie.jetbrains.com/docs/junie-cli-mcp-configuration.html (unverified)',
  capabilities: STRICT_JSON_NO_VARIABLES,
  knownServerFields: ['command', 'args', 'env', 'url', 'headers', 'type'],
  paths: [{ suffix: '.junie/mcp/mcp.json', glob: '**/.junie/mcp/mcp.json', scope: 'home-or-project', specificity: 10 }],
  serversKey: 'mcpServers',
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES },
});
