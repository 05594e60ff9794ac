/**
 * Continue: YAML blocks in `.continue/mcpServers/` (`name`, `version`, `schema: v1`, an `mcpServers` LIST) and the
 * user's `~/.continue/config.yaml`; JSON files dropped in `.continue/mcpServers/` are Claude-style server maps.
 * Secrets are `${{ secrets.NAME }}`, read from `.env` files (hosts.md §10).
 */
import type { DocNode, ParsedDocument } from '../parse/document';
import { entriesOf, keyNodeOf, propertiesOf, spanOfNode, valueOf } from '../parse/nodes';
import type { McpConfig, ServerBlock } from '../model/mcp-config';
import type { ServerEntry } from '../model/server-entry';
import type { HostCapabilities, HostFormat, HostReadContext } from './host-format';
import { readMappedServer, type ServerFieldMap } from './mapped-server';
import { matchPathRules, type PathRule } from './path-rules';

/** Continue's reference to a local secret. */
export const continueSecretReference = (name: string): string => `\${{ secrets.${name} }}`;

const CAPABILITIES: HostCapabilities = {
  comments: true,
  trailingCommas: true,
  interpolation: 'continue',
  predefinedVariables: [],
  secretInputs: false,
  envFile: false,
  autoApproveFields: [],
  envReference: continueSecretReference,
  // Blocks in `.continue/mcpServers/` are read with `<workspace>/.continue/.env`; `config.yaml` sits beside its `.env`.
  secretsEnvFile: (configPath) => (/\/mcpservers\/[^/]+$/i.test(configPath) ? '../.env' : '.env'),
};

const FIELDS: ServerFieldMap = {
  command: 'command',
  args: 'args',
  env: 'env',
  cwd: 'cwd',
  url: 'url',
  // JSON imports use `headers`; YAML blocks use `requestOptions.headers` (`apiKey` is checked as a secret field).
  headers: [['requestOptions', 'headers'], ['headers']],
  type: 'type',
  typeValues: { stdio: 'stdio', sse: 'sse', 'streamable-http': 'http', http: 'http' },
  urlTransport: 'http',
};

const PATHS: readonly PathRule[] = [
  { suffix: /(?:^|\/)\.continue\/mcpservers\/[^/]+\.(?:ya?ml|json)$/, glob: '**/.continue/mcpServers/*.{yaml,yml,json}', scope: 'project', specificity: 10 },
  { suffix: '.continue/config.yaml', glob: '**/.continue/config.yaml', scope: 'home-or-project', specificity: 10 },
];

export const continueHost: HostFormat = {
  id: 'continue',
  displayName: 'Continue',
  syntax: 'yaml',
  docs: 'hosts.md §10; continuedev/continue packages/config-yaml (mcpServers schema)',
  capabilities: CAPABILITIES,
  knownServerFields: ['name', 'type', 'command', 'args', 'env', 'cwd', 'url', 'apiKey', 'requestOptions', 'connectionTimeout', 'serverName', 'faviconUrl', 'headers', 'envFile'],
  serversKey: 'mcpServers',
  dialect: { urlKeys: [{ key: 'url' }], urlWithoutType: 'http', typeKeys: ['type'], typeValues: FIELDS.typeValues ?? {} },
  filePatterns: PATHS.map((rule) => rule.glob),
  matchPath: (path, context) => matchPathRules(PATHS, path, context),
  shapeScore: (document) =>
    document.syntax === 'yaml' && valueOf(document.root, 'mcpServers')?.type === 'array' ? 1 + (valueOf(document.root, 'schema') ? 1 : 0) : 0,
  read: (document, match) => readContinue(document, match),
};

function readContinue(document: ParsedDocument, match: HostReadContext): McpConfig | undefined {
  const root = document.root;
  if (root?.type !== 'object') return undefined;
  const serversNode = valueOf(root, 'mcpServers');
  const keyNode = keyNodeOf(root, 'mcpServers');
  const blocks: ServerBlock[] = serversNode
    ? [{ path: ['mcpServers'], key: 'mcpServers', node: serversNode, ...(keyNode ? { keySpan: spanOfNode(keyNode) } : {}) }]
    : [];
  if (blocks.length === 0 && match.detectedBy === 'shape') return undefined;
  const read = (name: string, nameNode: DocNode, node: DocNode, index: string | number): ServerEntry =>
    readMappedServer({
      document,
      name,
      nameSpan: spanOfNode(nameNode),
      node,
      path: ['mcpServers', index],
      scope: match.scope,
      fields: FIELDS,
      capabilities: CAPABILITIES,
    });
  const servers: ServerEntry[] = [];
  if (serversNode?.type === 'array') {
    (serversNode.children ?? []).forEach((item, index) => {
      // `- uses: owner/block` pulls a Hub block: what it launches is not in this file.
      if (valueOf(item, 'uses')?.type === 'string') return;
      const nameNode = valueOf(item, 'name');
      const named = nameNode?.type === 'string' && typeof nameNode.value === 'string' && nameNode.value.length > 0;
      // An unnamed entry still runs its command; it is shown as its position in the list.
      servers.push(read(named ? String(nameNode.value) : `mcpServers[${index}]`, named ? nameNode : item, item, index));
    });
  } else if (serversNode?.type === 'object') {
    for (const property of propertiesOf(serversNode)) {
      if (property.valueNode) servers.push(read(property.key, property.keyNode, property.valueNode, property.key));
    }
  }
  return { host: continueHost, detectedBy: match.detectedBy, scope: match.scope, rootPath: [], blocks, servers, inputs: [], rootFields: entriesOf(root, []), settings: [] };
}
