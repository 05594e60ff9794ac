/**
 * Reads one server of a host whose field names differ from the JSON hosts (Codex `http_headers`, Goose `cmd`/`envs`/
 * `uri`, Continue `requestOptions.headers`) into the same `ServerEntry`, so every rule applies unchanged.
 */
import type { DocNode, JSONPath, ParsedDocument } from '../parse/document';
import { entriesOf, nodeAt, stringAt, stringItems, valueAt, valueOf } from '../parse/nodes';
import type { LocatedEntry } from '../model/located';
import type { ConfigScope } from '../model/mcp-config';
import { uniformServerEntry, type ServerEntry, type Transport } from '../model/server-entry';
import { readLaunchSpec } from '../model/launch-spec';
import type { Span } from '../text/span';
import type { HostCapabilities } from './host-format';
import { readAutoApprove, readDisabled } from './server-dialect';

/** Where a host keeps each normalised field, as paths relative to the server object. */
export interface ServerFieldMap {
  readonly command: string;
  readonly args: string;
  readonly env: string;
  readonly cwd: string;
  readonly url: string;
  /** Maps whose entries are HTTP headers, in order (Codex `http_headers`, Continue `requestOptions.headers`). */
  readonly headers: readonly JSONPath[];
  readonly type?: string;
  /** `type` values (lower-cased) and the transport each means. */
  readonly typeValues?: Readonly<Record<string, Transport>>;
  /** Transport of a server with a URL and no type. */
  readonly urlTransport: Transport;
}

export interface MappedServerInput {
  readonly document: ParsedDocument;
  readonly name: string;
  readonly nameSpan: Span;
  readonly node: DocNode;
  readonly path: JSONPath;
  readonly scope: ConfigScope;
  readonly fields: ServerFieldMap;
  readonly capabilities: HostCapabilities;
}

export function readMappedServer(input: MappedServerInput): ServerEntry {
  const { document, node, path, fields, capabilities } = input;
  const object = node.type === 'object' ? node : undefined;
  const command = stringAt(object, fields.command, path);
  const argsNode = valueOf(object, fields.args);
  const envNode = valueOf(object, fields.env);
  const args = stringItems(argsNode, [...path, fields.args]);
  const url = stringAt(object, fields.url, path);
  const type = fields.type ? valueAt(object, fields.type, path) : undefined;
  let headersNode: DocNode | undefined;
  const headers: LocatedEntry[] = [];
  for (const headersPath of fields.headers) {
    const map = object ? nodeAt(object, headersPath) : undefined;
    if (map?.type !== 'object') continue;
    headersNode ??= map;
    // A loop, not a spread: a map can have more entries than a call may take arguments.
    for (const entry of entriesOf(map, [...path, ...headersPath])) headers.push(entry);
  }
  const disabled = readDisabled(object, path, capabilities);
  const autoApprove = readAutoApprove(object, path, capabilities);
  const cwd = stringAt(object, fields.cwd, path);
  const launch = command ? readLaunchSpec(document, command, args) : undefined;
  return uniformServerEntry({
    name: input.name,
    scope: input.scope,
    nameSpan: input.nameSpan,
    path,
    node,
    transport: transportOf(type?.value, url !== undefined, command !== undefined, fields),
    args,
    env: entriesOf(envNode?.type === 'object' ? envNode : undefined, [...path, fields.env]),
    headers,
    fields: entriesOf(object, path),
    ...(type ? { type } : {}),
    ...(command ? { command } : {}),
    ...(argsNode ? { argsNode } : {}),
    ...(envNode ? { envNode } : {}),
    ...(headersNode ? { headersNode } : {}),
    ...(url ? { url } : {}),
    ...(cwd ? { cwd } : {}),
    ...(disabled ? { disabled } : {}),
    ...(autoApprove ? { autoApprove } : {}),
    ...(launch ? { launch } : {}),
  });
}

function transportOf(type: unknown, hasUrl: boolean, hasCommand: boolean, fields: ServerFieldMap): Transport {
  if (type !== undefined) return typeof type === 'string' ? fields.typeValues?.[type.toLowerCase()] ?? 'unknown' : 'unknown';
  if (hasCommand) return 'stdio';
  return hasUrl ? fields.urlTransport : 'unknown';
}
