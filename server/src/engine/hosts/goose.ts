/**
 * Goose: `~/.config/goose/config.yaml` (Windows `%APPDATA%/Block/goose/config/config.yaml`); an `extensions` map
 * keyed by name, with `cmd`, `args`, `envs` (literal values), `env_keys` (names resolved from the keyring or the
 * environment), `uri`, `headers` (hosts.md §14).
 */
import { entriesOf, keyNodeOf, propertiesOf, spanOfNode, valueOf } from '../parse/nodes';
import type { McpConfig, ServerBlock } from '../model/mcp-config';
import type { HostCapabilities, HostFormat } from './host-format';
import { readMappedServer, type ServerFieldMap } from './mapped-server';
import { matchPathRules, type PathRule } from './path-rules';

const CAPABILITIES: HostCapabilities = {
  comments: true,
  trailingCommas: true,
  // `${VAR}` works in HTTP header values only; `envs` and `args` are literal, so rules stay silent about syntax.
  interpolation: 'unknown',
  predefinedVariables: [],
  secretInputs: false,
  envFile: false,
  disableField: { key: 'enabled', inverted: true },
  autoApproveFields: [],
  envNameFields: { env: 'env_keys' },
};

const FIELDS: ServerFieldMap = {
  command: 'cmd',
  args: 'args',
  env: 'envs',
  cwd: 'cwd',
  url: 'uri',
  headers: [['headers']],
  type: 'type',
  // `sse` still parses but Goose refuses to start it ("migrate to streamable_http"), so it is not an accepted type.
  typeValues: { stdio: 'stdio', streamable_http: 'http' },
  urlTransport: 'http',
};

/** Extensions that run inside Goose itself: nothing in the file says what they launch. */
const IN_PROCESS_TYPES = ['builtin', 'platform', 'frontend', 'inline_python'];

const PATHS: readonly PathRule[] = [
  { suffix: '.config/goose/config.yaml', glob: '**/.config/goose/config.yaml', scope: 'user', specificity: 10 },
  { suffix: 'block/goose/config/config.yaml', glob: '**/Block/goose/config/config.yaml', scope: 'user', specificity: 10 },
  { suffix: /(?:^|\/)goose\/config\.yaml$/, glob: '**/goose/config.yaml', scope: 'user', specificity: 5 },
];

export const goose: HostFormat = {
  id: 'goose',
  displayName: 'Goose',
  syntax: 'yaml',
  docs: 'hosts.md §14; block/goose crates/goose/src/agents/extension.rs (ExtensionConfig)',
  capabilities: CAPABILITIES,
  knownServerFields: ['type', 'name', 'display_name', 'description', 'cmd', 'args', 'envs', 'env_keys', 'uri', 'headers', 'timeout', 'bundled', 'available_tools', 'enabled'],
  serversKey: 'extensions',
  dialect: { urlKeys: [{ key: 'uri' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: FIELDS.typeValues ?? {} },
  filePatterns: PATHS.map((rule) => rule.glob),
  matchPath: (path, context) => matchPathRules(PATHS, path, context),
  shapeScore: (document) => (document.syntax === 'yaml' && valueOf(document.root, 'extensions')?.type === 'object' ? 0.5 : 0),
  read: (document, match): McpConfig | undefined => {
    const root = document.root;
    if (root?.type !== 'object') return undefined;
    const extensions = valueOf(root, 'extensions');
    const keyNode = keyNodeOf(root, 'extensions');
    const blocks: ServerBlock[] = extensions
      ? [{ path: ['extensions'], key: 'extensions', node: extensions, ...(keyNode ? { keySpan: spanOfNode(keyNode) } : {}) }]
      : [];
    if (blocks.length === 0 && match.detectedBy === 'shape') return undefined;
    const servers = propertiesOf(extensions?.type === 'object' ? extensions : undefined).flatMap((property) => {
      const type = valueOf(property.valueNode, 'type');
      if (!property.valueNode || (type?.type === 'string' && IN_PROCESS_TYPES.includes(String(type.value)))) return [];
      return [readMappedServer({
        document,
        name: property.key,
        nameSpan: spanOfNode(property.keyNode),
        node: property.valueNode,
        path: ['extensions', property.key],
        scope: match.scope,
        fields: FIELDS,
        capabilities: CAPABILITIES,
      })];
    });
    const rootFields = entriesOf(root, []);
    return { host: goose, detectedBy: match.detectedBy, scope: match.scope, rootPath: [], blocks, servers, inputs: [], rootFields, settings: rootFields.filter((entry) => entry.key === 'GOOSE_MODE') };
  },
};
