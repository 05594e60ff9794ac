/** Reads a map of servers (`{ "name": { command, args, env, url, ... } }`) according to a host's dialect. */
import type { DocNode, JSONPath, ParsedDocument } from '../parse/document';
import { childPath, entriesOf, lastProperty, located, propertiesOf, spanOfNode, stringAt, stringItems, valueAt, valueOf } from '../parse/nodes';
import type { Located } from '../model/located';
import type { ConfigScope } from '../model/mcp-config';
import { uniformServerEntry, type ServerEntry, type Transport } from '../model/server-entry';
import { readLaunchSpec } from '../model/launch-spec';
import type { HostCapabilities } from './host-format';

/** How one host spells the fields of a server. */
export interface ServerDialect {
  /** Keys that carry a remote endpoint, in the host's precedence order; `implies` is the transport the key alone means. */
  readonly urlKeys: readonly { readonly key: string; readonly implies?: Transport }[];
  /** What the host does with a URL and no `type`: Claude Code starts it as stdio (and fails), Cline uses SSE. */
  readonly urlWithoutType: Transport;
  readonly typeKeys: readonly string[];
  /** Accepted `type` values (lower-cased) and the transport each means. */
  readonly typeValues: Readonly<Record<string, Transport>>;
  /** Zed before 2025: `command: { path, args, env }`. */
  readonly nestedCommandObject?: boolean;
  /** Gemini's `trust: true`. */
  readonly trustField?: string;
  /** Key of an `envFile`-like field, when the host has one. */
  readonly envFileKey?: string;
}

export const COMMON_TYPE_VALUES: Readonly<Record<string, Transport>> = {
  stdio: 'stdio',
  http: 'http',
  'streamable-http': 'http',
  streamablehttp: 'http',
  sse: 'sse',
};

/** Where a block of servers applies: its scope, and for `~/.claude.json` local blocks the project folder. */
export interface ServerPlacement {
  readonly scope: ConfigScope;
  readonly project?: string;
}

export function readServerMap(
  document: ParsedDocument,
  mapNode: DocNode,
  mapPath: JSONPath,
  dialect: ServerDialect,
  capabilities: HostCapabilities,
  placement: ServerPlacement,
): ServerEntry[] {
  const servers: ServerEntry[] = [];
  for (const property of propertiesOf(mapNode)) {
    if (!property.valueNode) continue;
    servers.push(readServer(document, property.key, property.keyNode, property.valueNode, childPath(mapPath, property.key), dialect, capabilities, placement));
  }
  return servers;
}

/** A server entry while it is being read; optional fields are added in the order readers have always listed them. */
type EntryUnderConstruction = { -readonly [K in keyof Omit<ServerEntry, 'analyses'>]: ServerEntry[K] };

function readServer(
  document: ParsedDocument,
  name: string,
  nameNode: DocNode,
  node: DocNode,
  path: JSONPath,
  dialect: ServerDialect,
  capabilities: HostCapabilities,
  placement: ServerPlacement,
): ServerEntry {
  const isObject = node.type === 'object';
  const object = isObject ? node : undefined;
  let commandHolder = object;
  let commandPath = path;
  let command = stringAt(object, 'command', path);
  if (dialect.nestedCommandObject) {
    const nested = valueOf(object, 'command');
    if (nested?.type === 'object') {
      commandHolder = nested;
      commandPath = childPath(path, 'command');
      command = stringAt(nested, 'path', commandPath);
    }
  }
  const argsNode = valueOf(commandHolder, 'args');
  const envNode = valueOf(commandHolder, 'env');
  const headersNode = valueOf(object, 'headers');
  const args = stringItems(argsNode, childPath(commandPath, 'args'));

  let url: Located<string> | undefined;
  let urlImplies: Transport | undefined;
  for (const candidate of dialect.urlKeys) {
    const value = stringAt(object, candidate.key, path);
    if (value) {
      url = value;
      urlImplies = candidate.implies;
      break;
    }
  }

  let type: Located<unknown> | undefined;
  for (const key of dialect.typeKeys) {
    type = valueAt(object, key, path);
    if (type) break;
  }
  const disabled = readDisabled(object, path, capabilities);
  const autoApprove = readAutoApprove(object, path, capabilities);
  const entry: EntryUnderConstruction = {
    name,
    scope: placement.scope,
    nameSpan: spanOfNode(nameNode),
    path,
    node,
    transport: transportOf(type, url, urlImplies, command, dialect),
    args,
    env: entriesOf(envNode?.type === 'object' ? envNode : undefined, childPath(commandPath, 'env')),
    headers: entriesOf(headersNode?.type === 'object' ? headersNode : undefined, childPath(path, 'headers')),
    fields: entriesOf(object, path),
  };
  if (type) entry.type = type;
  if (command) entry.command = command;
  if (argsNode) entry.argsNode = argsNode;
  if (envNode) entry.envNode = envNode;
  if (headersNode) entry.headersNode = headersNode;
  if (url) entry.url = url;
  if (disabled) entry.disabled = disabled;
  if (autoApprove) entry.autoApprove = autoApprove;
  const cwd = stringAt(object, 'cwd', path);
  if (cwd) entry.cwd = cwd;
  const envFile = dialect.envFileKey ? stringAt(object, dialect.envFileKey, path) : undefined;
  if (envFile) entry.envFile = envFile;
  const trust = dialect.trustField ? valueAt(object, dialect.trustField, path) : undefined;
  if (trust) entry.trust = trust;
  const launch = command ? readLaunchSpec(document, command, args) : undefined;
  if (launch) entry.launch = launch;
  if (placement.project !== undefined) entry.project = placement.project;
  return uniformServerEntry(entry);
}

/** The host's disable flag as "is disabled" (`disabled: true`, or `enabled: false` where the flag is inverted). */
export function readDisabled(object: DocNode | undefined, path: JSONPath, capabilities: HostCapabilities): Located<boolean> | undefined {
  const field = capabilities.disableField;
  const value = field ? valueAt(object, field.key, path) : undefined;
  if (!field || !value || typeof value.value !== 'boolean') return undefined;
  return located(value.node, field.inverted ? !value.value : value.value, value.path, value.node.parent?.children?.[0]);
}

/** The first auto-approve list the host declares (`autoApprove`, `alwaysAllow`, `tools`, ...). */
export function readAutoApprove(object: DocNode | undefined, path: JSONPath, capabilities: HostCapabilities): ServerEntry['autoApprove'] {
  for (const field of capabilities.autoApproveFields) {
    const list = lastProperty(object, field);
    if (list?.valueNode?.type === 'array') return { field, items: stringItems(list.valueNode, childPath(path, field)), node: list.valueNode };
  }
  return undefined;
}

function transportOf(
  type: Located<unknown> | undefined,
  url: Located<string> | undefined,
  urlImplies: Transport | undefined,
  command: Located<string> | undefined,
  dialect: ServerDialect,
): Transport {
  if (type) {
    if (typeof type.value !== 'string') return 'unknown';
    return dialect.typeValues[type.value.toLowerCase()] ?? 'unknown';
  }
  // Gemini CLI: `httpUrl` > `url` > `command` (hosts.md §9); keys that imply a transport win over a command.
  if (url && urlImplies) return urlImplies;
  if (url && !command) return dialect.urlWithoutType;
  return command ? 'stdio' : url ? urlImplies ?? dialect.urlWithoutType : 'unknown';
}
