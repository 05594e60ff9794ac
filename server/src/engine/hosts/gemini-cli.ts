/** Gemini CLI: `.gemini/settings.json` (project and user), extensions, system files; `trust`; `$VAR`/`${VAR}` (hosts.md §9). */
import { bracesReference } from './capabilities';
import { defineMcpHost, serversWithAnyKey } from './mcp-host';

export const geminiCli = defineMcpHost({
  id: 'gemini-cli',
  displayName: 'Gemini CLI',
  docs: 'hosts.md §9; google-gemini/gemini-cli docs/tools/mcp-server.md',
  capabilities: {
    // strip-json-comments, then JSON.parse: comments yes, trailing commas no (hosts.md §9).
    comments: true,
    trailingCommas: false,
    interpolation: 'shell',
    predefinedVariables: ['extensionPath', 'workspacePath', '/', 'pathSeparator'],
    secretInputs: false,
    envFile: false,
    autoApproveFields: [],
    envReference: bracesReference,
  },
  knownServerFields: [
    'command', 'args', 'env', 'cwd', 'url', 'httpUrl', 'headers', 'timeout', 'trust', 'description', 'includeTools', 'excludeTools',
    'oauth', 'authProviderType', 'targetAudience', 'targetServiceAccount', 'type', 'tcp',
  ],
  paths: [
    { suffix: '.gemini/settings.json', glob: '**/.gemini/settings.json', scope: 'home-or-project', specificity: 10, requiresMcpContent: true },
    { suffix: 'gemini-extension.json', glob: '**/gemini-extension.json', scope: 'project', specificity: 10 },
    { suffix: /(?:^|\/)(?:gemini-cli|geminicli)\/(?:system-defaults|settings)\.json$/, glob: '**/gemini-cli/*.json', scope: 'system', specificity: 10, requiresMcpContent: true },
  ],
  serversKey: 'mcpServers',
  contentKeys: ['mcp'],
  shapeHints: (servers) => 3 * serversWithAnyKey(servers, ['httpUrl', 'trust', 'includeTools', 'excludeTools']),
  dialect: {
    // Precedence when several are given: httpUrl > url > command; `url` alone means SSE (hosts.md §9).
    urlKeys: [{ key: 'httpUrl', implies: 'http' }, { key: 'url', implies: 'sse' }],
    urlWithoutType: 'sse',
    typeKeys: ['type'],
    typeValues: { sse: 'sse', http: 'http' },
    trustField: 'trust',
  },
});
