/** Builds a HostFormat from a declarative spec: the common shape of every JSON host (`{ <serversKey>: { name: {...} } }`). */
import type { DocNode, JSONPath, ParsedDocument, SyntaxFamily } from '../parse/document';
import { entriesOf, keyNodeOf, nodeAt, propertiesOf, spanOfNode, stringAt, valueAt, valueOf } from '../parse/nodes';
import type { ConfigScope, InputDeclaration, McpConfig, ServerBlock } from '../model/mcp-config';
import type { ServerEntry } from '../model/server-entry';
import type { HostCapabilities, HostFormat, HostReadContext, PathContext, PathMatch } from './host-format';
import { matchPathRules, type PathRule } from './path-rules';
import { readServerMap, type ServerDialect } from './server-dialect';

export interface McpHostSpec {
  readonly id: string;
  readonly displayName: string;
  readonly syntax?: SyntaxFamily;
  readonly docs: string;
  readonly capabilities: HostCapabilities;
  readonly knownServerFields: readonly string[];
  readonly paths: readonly PathRule[];
  /** The key holding the server map (`mcpServers`, `servers`, `context_servers`). */
  readonly serversKey: string;
  readonly dialect: ServerDialect;
  /** Extra score from the content when the path is not decisive (server-level hints such as `serverUrl`). */
  readonly shapeHints?: (serversNode: DocNode, mcpRoot: DocNode) => number;
  /** Base score of a file that has `serversKey` at its root (the format most files of that shape belong to). */
  readonly baseShapeScore?: number;
  /** Top-level keys that carry consent settings (surfaced as `McpConfig.settings`). */
  readonly settingsKeys?: readonly string[];
  /** Additional server blocks (e.g. `~/.claude.json` projects). */
  readonly extraBlocks?: (root: DocNode) => { block: ServerBlock; scope: ConfigScope }[];
  /** Files of this host may hold MCP content without `serversKey` (e.g. settings-only files). */
  readonly contentKeys?: readonly string[];
}

export function defineMcpHost(spec: McpHostSpec): HostFormat {
  const filePatterns = spec.paths.map((rule) => rule.glob);
  const format: HostFormat = {
    id: spec.id,
    displayName: spec.displayName,
    syntax: spec.syntax ?? 'json',
    docs: spec.docs,
    capabilities: spec.capabilities,
    knownServerFields: spec.knownServerFields,
    serversKey: spec.serversKey,
    dialect: spec.dialect,
    filePatterns,
    matchPath: (path: string, context: PathContext): PathMatch | undefined => matchPathRules(spec.paths, path, context),
    shapeScore: (document) => {
      const root = document.root;
      const servers = valueOf(root, spec.serversKey);
      if (servers?.type !== 'object' || !root) return 0;
      return (spec.baseShapeScore ?? 0.5) + (spec.shapeHints?.(servers, root) ?? 0);
    },
    read: (document, match) => readConfig(spec, format, document, match),
  };
  return format;
}

/** Reads the MCP root at `rootPath` (from the path match) into the model. */
function readConfig(
  spec: McpHostSpec,
  host: HostFormat,
  document: ParsedDocument,
  match: HostReadContext,
): McpConfig | undefined {
  const rootPath = match.rootPath ?? [];
  const mcpRoot = rootPath.length === 0 ? document.root : nodeAt(document.root, rootPath);
  if (mcpRoot?.type !== 'object') return undefined;
  const blocks: { block: ServerBlock; scope: ConfigScope }[] = [];
  const serversNode = valueOf(mcpRoot, spec.serversKey);
  if (serversNode) {
    const keyNode = keyNodeOf(mcpRoot, spec.serversKey);
    blocks.push({
      block: { path: [...rootPath, spec.serversKey], key: spec.serversKey, node: serversNode, ...(keyNode ? { keySpan: spanOfNode(keyNode) } : {}) },
      scope: match.scope,
    });
  }
  // One push per block, not push(...): `~/.claude.json` can list more projects than a call may take arguments.
  if (document.root && rootPath.length === 0) for (const block of spec.extraBlocks?.(document.root) ?? []) blocks.push(block);
  const settings = entriesOf(mcpRoot, rootPath).filter((entry) => spec.settingsKeys?.includes(entry.key));
  const hasContent = blocks.length > 0 || settings.length > 0 || propertiesOf(mcpRoot).some((p) => spec.contentKeys?.includes(p.key));
  if (!hasContent && (match.requiresMcpContent || match.detectedBy === 'shape')) return undefined;

  const servers: ServerEntry[] = [];
  for (const { block, scope } of blocks) {
    if (block.node.type !== 'object') continue;
    const placement = { scope, ...(block.project !== undefined ? { project: block.project } : {}) };
    for (const server of readServerMap(document, block.node, block.path, spec.dialect, spec.capabilities, placement)) servers.push(server);
  }
  const inputsNode = spec.capabilities.secretInputs ? valueOf(mcpRoot, 'inputs') : undefined;
  return {
    host,
    detectedBy: match.detectedBy,
    scope: match.scope,
    rootPath,
    blocks: blocks.map((b) => b.block),
    servers,
    inputs: readInputs(inputsNode, [...rootPath, 'inputs']),
    ...(inputsNode ? { inputsNode } : {}),
    rootFields: entriesOf(mcpRoot, rootPath),
    settings,
  };
}

function readInputs(node: DocNode | undefined, path: JSONPath): InputDeclaration[] {
  if (node?.type !== 'array' || !node.children) return [];
  const inputs: InputDeclaration[] = [];
  node.children.forEach((item, index) => {
    const itemPath = [...path, index];
    const id = stringAt(item, 'id', itemPath);
    if (!id) return;
    const type = valueAt(item, 'type', itemPath);
    const password = valueAt(item, 'password', itemPath);
    const defaultValue = valueAt(item, 'default', itemPath);
    inputs.push({
      id,
      node: item,
      path: itemPath,
      ...(type ? { type } : {}),
      ...(password ? { password } : {}),
      ...(defaultValue ? { defaultValue } : {}),
    });
  });
  return inputs;
}

/** Counts servers having any of `keys`, for shape hints. */
export function serversWithAnyKey(serversNode: DocNode, keys: readonly string[]): number {
  return propertiesOf(serversNode).filter((server) => propertiesOf(server.valueNode).some((field) => keys.includes(field.key))).length;
}

