/** Zed: `context_servers` in `.zed/settings.json` or the user settings; JSONC; the older nested `command: {path,args,env}` shape (hosts.md §8). */
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const zed = defineMcpHost({
  id: 'zed',
  displayName: 'Zed',
  docs: 'hosts.md §8; zed.dev/docs/ai/mcp',
  capabilities: {
    comments: true,
    trailingCommas: true,
    interpolation: 'none',
    predefinedVariables: [],
    secretInputs: false,
    envFile: false,
    disableField: { key: 'enabled', inverted: true },
    autoApproveFields: [],
  },
  // `tools`: per-server tool switches of agent profiles (hosts.md §8).
  knownServerFields: ['source', 'command', 'args', 'env', 'url', 'headers', 'settings', 'enabled', 'tools'],
  paths: [
    { suffix: '.zed/settings.json', glob: '**/.zed/settings.json', scope: 'project', specificity: 10, requiresMcpContent: true },
    { suffix: /(?:^|\/)(?:\.config\/zed|zed)\/settings\.json$/, glob: '**/zed/settings.json', scope: 'user', specificity: 9, requiresMcpContent: true },
  ],
  serversKey: 'context_servers',
  baseShapeScore: 3,
  // A VS Code-style `mcp` or `mcpServers` key in a Zed settings file is MCP intent in the wrong place (wrong-root-key).
  contentKeys: ['mcp', 'mcpServers'],
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: [], typeValues: COMMON_TYPE_VALUES, nestedCommandObject: true },
});
