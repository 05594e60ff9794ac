/**
 * OpenAI Codex: `~/.codex/config.toml` (user, `$CODEX_HOME`) and a trusted project's `.codex/config.toml`; servers are
 * `[mcp_servers.<name>]` tables; nothing is interpolated: secrets are named through `env_vars`,
 * `bearer_token_env_var` and `env_http_headers` (hosts.md §12).
 */
import { entriesOf, keyNodeOf, propertiesOf, spanOfNode, valueOf } from '../parse/nodes';
import type { McpConfig, ServerBlock } from '../model/mcp-config';
import type { HostCapabilities, HostFormat } from './host-format';
import { readMappedServer, type ServerFieldMap } from './mapped-server';
import { matchPathRules, type PathRule } from './path-rules';

const CAPABILITIES: HostCapabilities = {
  comments: true,
  trailingCommas: true,
  interpolation: 'codex-names',
  predefinedVariables: [],
  secretInputs: false,
  envFile: false,
  disableField: { key: 'enabled', inverted: true },
  autoApproveFields: [],
  envNameFields: { env: 'env_vars', headers: 'env_http_headers' },
};

const FIELDS: ServerFieldMap = {
  command: 'command',
  args: 'args',
  env: 'env',
  cwd: 'cwd',
  url: 'url',
  headers: [['http_headers']],
  urlTransport: 'http',
};

const PATHS: readonly PathRule[] = [
  { suffix: '.codex/config.toml', glob: '**/.codex/config.toml', scope: 'home-or-project', specificity: 10 },
];

/** Root keys that decide what Codex does without asking (consent settings). */
const SETTINGS_KEYS = ['approval_policy', 'sandbox_mode', 'projects', 'profiles'];

export const codex: HostFormat = {
  id: 'codex',
  displayName: 'Codex',
  syntax: 'toml',
  docs: 'hosts.md §12; openai/codex codex-rs config types (RawMcpServerConfig)',
  capabilities: CAPABILITIES,
  knownServerFields: [
    'command', 'args', 'env', 'env_vars', 'cwd', 'url', 'bearer_token_env_var', 'bearer_token', 'http_headers', 'env_http_headers',
    'startup_timeout_sec', 'startup_timeout_ms', 'tool_timeout_sec', 'enabled', 'required', 'enabled_tools', 'disabled_tools',
    'scopes', 'oauth_resource',
  ],
  serversKey: 'mcp_servers',
  dialect: { urlKeys: [{ key: 'url', implies: 'http' }], urlWithoutType: 'http', typeKeys: [], typeValues: {} },
  filePatterns: PATHS.map((rule) => rule.glob),
  matchPath: (path, context) => matchPathRules(PATHS, path, context),
  shapeScore: (document) => (document.syntax === 'toml' && valueOf(document.root, 'mcp_servers')?.type === 'object' ? 1 : 0),
  read: (document, match): McpConfig | undefined => {
    const root = document.root;
    if (root?.type !== 'object') return undefined;
    const serversNode = valueOf(root, 'mcp_servers');
    const keyNode = keyNodeOf(root, 'mcp_servers');
    const blocks: ServerBlock[] = serversNode
      ? [{ path: ['mcp_servers'], key: 'mcp_servers', node: serversNode, ...(keyNode ? { keySpan: spanOfNode(keyNode) } : {}) }]
      : [];
    const rootFields = entriesOf(root, []);
    const settings = rootFields.filter((entry) => SETTINGS_KEYS.includes(entry.key));
    if (blocks.length === 0 && match.detectedBy === 'shape') return undefined;
    const servers = propertiesOf(serversNode?.type === 'object' ? serversNode : undefined).flatMap((property) =>
      property.valueNode
        ? [readMappedServer({
          document,
          name: property.key,
          nameSpan: spanOfNode(property.keyNode),
          node: property.valueNode,
          path: ['mcp_servers', property.key],
          scope: match.scope,
          fields: FIELDS,
          capabilities: CAPABILITIES,
        })]
        : []);
    return { host: codex, detectedBy: match.detectedBy, scope: match.scope, rootPath: [], blocks, servers, inputs: [], rootFields, settings };
  },
};
