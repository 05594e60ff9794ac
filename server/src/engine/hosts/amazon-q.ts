/** Amazon Q Developer (CLI and IDE): `.amazonq/mcp.json`, `~/.aws/amazonq/mcp.json`, agent files, `default.json` (hosts.md §11). */
import { envColonReference } from './capabilities';
import { defineMcpHost } from './mcp-host';

export const amazonQ = defineMcpHost({
  id: 'amazon-q',
  displayName: 'Amazon Q Developer',
  docs: 'hosts.md §11; aws/amazon-q-developer-cli docs/agent-format.md',
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
  knownServerFields: ['type', 'command', 'args', 'env', 'url', 'headers', 'oauthScopes', 'oauth', 'timeout', 'disabled', 'autoApprove'],
  paths: [
    { suffix: '.amazonq/mcp.json', glob: '**/.amazonq/mcp.json', scope: 'project', specificity: 10 },
    { suffix: '.aws/amazonq/mcp.json', glob: '**/.aws/amazonq/mcp.json', scope: 'user', specificity: 10 },
    { suffix: /(?:^|\/)\.amazonq\/cli-agents\/[^/]+\.json$/, glob: '**/.amazonq/cli-agents/*.json', scope: 'project', specificity: 10 },
    { suffix: /(?:^|\/)\.aws\/amazonq\/cli-agents\/[^/]+\.json$/, glob: '**/.aws/amazonq/cli-agents/*.json', scope: 'user', specificity: 10 },
    { suffix: '.amazonq/default.json', glob: '**/.amazonq/default.json', scope: 'project', specificity: 10 },
    { suffix: '.aws/amazonq/default.json', glob: '**/.aws/amazonq/default.json', scope: 'user', specificity: 10 },
  ],
  serversKey: 'mcpServers',
  settingsKeys: ['allowedTools', 'useLegacyMcpJson', 'tools', 'toolsSettings'],
  shapeHints: (_servers, root) => (['allowedTools', 'useLegacyMcpJson', 'toolAliases'].some((key) => root.children?.some((p) => p.children?.[0]?.value === key)) ? 3 : 0),
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: { stdio: 'stdio', http: 'http' } },
});

