/**
 * VS Code: `.vscode/mcp.json`, the profile `mcp.json`, the legacy `mcp` key of settings.json, `.code-workspace`
 * settings and devcontainer `customizations.vscode.mcp`. JSONC; `${input:}`, `${env:}` and predefined variables (hosts.md §3).
 */
import { envColonReference, VSCODE_PREDEFINED } from './capabilities';
import { defineMcpHost } from './mcp-host';
import { COMMON_TYPE_VALUES } from './server-dialect';

const USER_DIR = String.raw`(?:^|/)(?:code|code - insiders|vscodium|code - oss)/user/`;

export const vscode = defineMcpHost({
  id: 'vscode',
  displayName: 'VS Code',
  docs: 'hosts.md §3; code.visualstudio.com/docs/copilot/reference/mcp-configuration',
  capabilities: {
    comments: true,
    trailingCommas: true,
    interpolation: 'vscode',
    predefinedVariables: VSCODE_PREDEFINED,
    secretInputs: true,
    envFile: true,
    autoApproveFields: [],
    envReference: envColonReference,
  },
  knownServerFields: ['type', 'command', 'args', 'cwd', 'env', 'envFile', 'url', 'headers', 'oauth', 'dev', 'sandboxEnabled', 'sandbox', 'gallery', 'version'],
  paths: [
    { suffix: '.vscode/mcp.json', glob: '**/.vscode/mcp.json', scope: 'workspace', specificity: 10 },
    { suffix: new RegExp(`${USER_DIR}(?:profiles/[^/]+/)?mcp\\.json$`), glob: '**/User/**/mcp.json', scope: 'profile', specificity: 10 },
    { suffix: '.vscode/settings.json', glob: '**/.vscode/settings.json', scope: 'workspace', specificity: 10, requiresMcpContent: true, rootPath: ['mcp'] },
    { suffix: new RegExp(`${USER_DIR}(?:profiles/[^/]+/)?settings\\.json$`), glob: '**/User/**/settings.json', scope: 'user', specificity: 10, requiresMcpContent: true, rootPath: ['mcp'] },
    { suffix: /\.code-workspace$/, glob: '**/*.code-workspace', scope: 'workspace', specificity: 10, requiresMcpContent: true, rootPath: ['settings', 'mcp'] },
    { suffix: /(?:^|\/)\.?devcontainer\.json$/, glob: '**/{devcontainer.json,.devcontainer.json}', scope: 'workspace', specificity: 10, requiresMcpContent: true, rootPath: ['customizations', 'vscode', 'mcp'] },
    { suffix: /(?:^|\/)devcontainer-feature\.json$/, glob: '**/devcontainer-feature.json', scope: 'workspace', specificity: 10, requiresMcpContent: true, rootPath: ['customizations', 'vscode', 'mcp'] },
  ],
  serversKey: 'servers',
  baseShapeScore: 2,
  // `mcpServers` under `mcp` is the wrong key, but shows MCP intent (wrong-root-key reports it).
  contentKeys: ['inputs', 'mcpServers'],
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: COMMON_TYPE_VALUES, envFileKey: 'envFile' },
});
