/** The normalised model of one config file: which host reads it, in which scope, and its servers. */
import type { DocNode, JSONPath } from '../parse/document';
import type { Span } from '../text/span';
import type { HostFormat } from '../hosts/host-format';
import type { Located, LocatedEntry } from './located';
import type { ServerEntry } from './server-entry';

/** Where the host loads the file from; decides what a host combines in one session. */
export type ConfigScope = 'project' | 'user' | 'local' | 'workspace' | 'managed' | 'system' | 'profile' | 'unknown';

/** A VS Code `inputs` entry (`${input:id}` prompts). */
export interface InputDeclaration {
  readonly id: Located<string>;
  readonly type?: Located<unknown>;
  readonly password?: Located<unknown>;
  readonly defaultValue?: Located<unknown>;
  readonly node: DocNode;
  readonly path: JSONPath;
}

/** A block of servers inside the file (most files have one; `~/.claude.json` has one per project). */
export interface ServerBlock {
  readonly path: JSONPath;
  /** The key that holds the servers (`mcpServers`, `servers`, `context_servers`, ...). */
  readonly key: string;
  readonly keySpan?: Span;
  readonly node: DocNode;
  /** For `~/.claude.json` project blocks: the project folder the block applies to. */
  readonly project?: string;
}

export interface McpConfig {
  readonly host: HostFormat;
  /** How the host was chosen: a decisive file path, the shape of the content, or an explicit override. */
  readonly detectedBy: 'path' | 'shape' | 'override';
  readonly scope: ConfigScope;
  /** Path of the object that holds the MCP keys (`[]`, `['mcp']`, `['customizations','vscode','mcp']`, ...). */
  readonly rootPath: JSONPath;
  readonly blocks: readonly ServerBlock[];
  readonly servers: readonly ServerEntry[];
  readonly inputs: readonly InputDeclaration[];
  readonly inputsNode?: DocNode;
  /** Top-level keys of the MCP root object, for rules about root keys and host settings. */
  readonly rootFields: readonly LocatedEntry[];
  /** Host-level settings relevant to consent (e.g. Claude Code `enableAllProjectMcpServers`). */
  readonly settings: readonly LocatedEntry[];
}

export type { Located, LocatedEntry };
