/** Claude Desktop: one user-level `claude_desktop_config.json`, strict JSON, nothing expanded (hosts.md §1). */
import { STRICT_JSON_NO_VARIABLES } from './capabilities';
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const claudeDesktop = defineMcpHost({
  id: 'claude-desktop',
  displayName: 'Claude Desktop',
  docs: 'hosts.md §1; modelcontextprotocol.io "Connect to local MCP servers"',
  capabilities: STRICT_JSON_NO_VARIABLES,
  knownServerFields: ['command', 'args', 'env', 'type', 'url', 'headers'],
  paths: [{ suffix: 'claude_desktop_config.json', glob: '**/claude_desktop_config.json', scope: 'user', specificity: 10 }],
  serversKey: 'mcpServers',
  // A plain `mcpServers` file of unknown origin is read as the original (Claude Desktop) format: nothing expanded.
  baseShapeScore: 1,
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES },
});
