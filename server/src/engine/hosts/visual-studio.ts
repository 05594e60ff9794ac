/** Visual Studio: `<solution>/.vs/mcp.json`, and `.mcp.json` with a `servers` key; interpolation undocumented (hosts.md §16). */
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

export const visualStudio = defineMcpHost({
  id: 'visual-studio',
  displayName: 'Visual Studio',
  docs: 'hosts.md §16; learn.microsoft.com/visualstudio/ide/mcp-servers',
  capabilities: {
    comments: true,
    trailingCommas: false,
    interpolation: 'unknown',
    predefinedVariables: [],
    secretInputs: false,
    envFile: false,
    autoApproveFields: [],
  },
  knownServerFields: ['type', 'command', 'args', 'env', 'envFile', 'url', 'headers', 'cwd'],
  paths: [
    { suffix: '.vs/mcp.json', glob: '**/.vs/mcp.json', scope: 'local', specificity: 10 },
    // The solution-level `.mcp.json` is shared with Claude Code; the `servers` key decides (see detect-host).
    { suffix: '.mcp.json', glob: '**/.mcp.json', scope: 'project', specificity: 5 },
  ],
  serversKey: 'servers',
  baseShapeScore: 1,
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES },
});
