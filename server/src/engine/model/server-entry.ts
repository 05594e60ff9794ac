/** One MCP server as a host would see it, normalised across host formats. */
import { analysisSlots } from '../bounded-memo';
import type { DocNode, JSONPath } from '../parse/document';
import type { Span } from '../text/span';
import type { Located, LocatedEntry } from './located';
import type { ConfigScope } from './mcp-config';
import type { LaunchSpec } from './launch-spec';

export type Transport = 'stdio' | 'http' | 'sse' | 'ws' | 'unknown';

export interface ServerEntry {
  readonly name: string;
  /** The scope of the block the server is declared in (`~/.claude.json` mixes user and local blocks). */
  readonly scope: ConfigScope;
  /** For `~/.claude.json` local-scope blocks: the project folder the server applies to. */
  readonly project?: string;
  /** The key naming the server (or the `name` field, in list-shaped hosts). */
  readonly nameSpan: Span;
  /** Path of the server's object. */
  readonly path: JSONPath;
  readonly node: DocNode;
  /** Transport the host would use, after its own defaults (e.g. Claude Code: `url` without `type` is stdio). */
  readonly transport: Transport;
  /** The `type` (or host equivalent) as written. */
  readonly type?: Located<unknown>;
  readonly command?: Located<string>;
  /** Arguments; non-string items are kept with their raw value stringified. */
  readonly args: readonly Located<string>[];
  readonly argsNode?: DocNode;
  readonly env: readonly LocatedEntry[];
  readonly envNode?: DocNode;
  readonly cwd?: Located<string>;
  readonly url?: Located<string>;
  readonly headers: readonly LocatedEntry[];
  readonly headersNode?: DocNode;
  readonly envFile?: Located<string>;
  /** True when the host would not start this server (`disabled: true`, `enabled: false`, ...). */
  readonly disabled?: Located<boolean>;
  /** Tools that run without the user's consent (`autoApprove`, `alwaysAllow`, `tools`, ...). */
  readonly autoApprove?: { readonly field: string; readonly items: readonly Located<string>[]; readonly node: DocNode };
  /** Gemini `trust: true` and the like: every tool call skips confirmation. */
  readonly trust?: Located<unknown>;
  /** Every key of the server object as written, for structural rules. */
  readonly fields: readonly LocatedEntry[];
  /** The launched package, when the command is a known launcher (npx, uvx, docker run, ...). */
  readonly launch?: LaunchSpec;
  /** Analyses of this entry shared by several rules (capabilities, roots, packages), filled in on first use. */
  readonly analyses: unknown[];
}

/**
 * The entry with every property, in one order, absent ones undefined: entries read by every host reader share one
 * hidden class, so the property reads of the thirty rules stay monomorphic (optional fields added only when present
 * gave each combination of fields its own class).
 */
export function uniformServerEntry(entry: Omit<ServerEntry, 'analyses'>): ServerEntry {
  return {
    name: entry.name,
    scope: entry.scope,
    project: entry.project,
    nameSpan: entry.nameSpan,
    path: entry.path,
    node: entry.node,
    transport: entry.transport,
    type: entry.type,
    command: entry.command,
    args: entry.args,
    argsNode: entry.argsNode,
    env: entry.env,
    envNode: entry.envNode,
    cwd: entry.cwd,
    url: entry.url,
    headers: entry.headers,
    headersNode: entry.headersNode,
    envFile: entry.envFile,
    disabled: entry.disabled,
    autoApprove: entry.autoApprove,
    trust: entry.trust,
    fields: entry.fields,
    launch: entry.launch,
    analyses: analysisSlots(),
  };
}
