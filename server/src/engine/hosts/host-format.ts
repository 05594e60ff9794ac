/** What one MCP host reads and supports. Rules and fixes ask the host instead of hard-coding host names. */
import type { JSONPath, ParsedDocument, SyntaxFamily } from '../parse/document';
import type { ConfigScope, McpConfig } from '../model/mcp-config';
import type { ServerDialect } from './server-dialect';

/**
 * How a host expands variables in server fields.
 * - `vscode`: `${input:id}`, `${env:NAME}`, `${workspaceFolder}` and the other VS Code predefined variables
 * - `env-colon`: `${env:NAME}` (Cursor, Windsurf, Cline, Roo, Amazon Q), plus the host's predefined names
 * - `braces`: `${NAME}` and `${NAME:-default}` (Claude Code)
 * - `shell`: `$NAME`, `${NAME}`, `${NAME:-default}` (Gemini CLI)
 * - `copilot`: env values name `COPILOT_MCP_*` secrets; other strings use `$COPILOT_MCP_*`
 * - `continue`: `${{ secrets.NAME }}` / `${{ inputs.NAME }}`
 * - `codex-names`: nothing is expanded; fields such as `env_vars` name host variables instead
 * - `none`: nothing is expanded (Claude Desktop, Zed, LM Studio, Junie)
 * - `unknown`: not documented; rules stay silent about syntax
 */
export type InterpolationKind = 'vscode' | 'env-colon' | 'braces' | 'shell' | 'copilot' | 'continue' | 'codex-names' | 'none' | 'unknown';

export interface HostCapabilities {
  /** The host's parser accepts `//` and block comments. */
  readonly comments: boolean;
  readonly trailingCommas: boolean;
  readonly interpolation: InterpolationKind;
  /** Predefined variables the host expands besides env references (`workspaceFolder`, `userHome`, ...). */
  readonly predefinedVariables: readonly string[];
  /** VS Code-style `inputs` with `promptString` + `password`. */
  readonly secretInputs: boolean;
  /** Per-server `envFile` (stdio). */
  readonly envFile: boolean;
  /** The field that turns a server off: `disabled: true`, or `enabled: false` when inverted. */
  readonly disableField?: { readonly key: string; readonly inverted: boolean };
  /** Per-server lists of tools approved without asking (`autoApprove`, `alwaysAllow`, ...). */
  readonly autoApproveFields: readonly string[];
  /** Writes the reference to environment variable NAME in this host's syntax; absent when there is none. */
  readonly envReference?: (name: string) => string;
  /**
   * Hosts that take secrets by variable NAME instead of a reference inside the value: the server field listing the
   * env names passed through (Codex `env_vars`, Goose `env_keys`) and the map of header -> env name (Codex
   * `env_http_headers`). Secret fixes move a literal there.
   */
  readonly envNameFields?: { readonly env: string; readonly headers?: string };
  /** The env file the host itself reads secrets from, relative to the config's folder (Continue: `.continue/.env`). */
  readonly secretsEnvFile?: (configPath: string) => string;
}

export interface PathMatch {
  readonly scope: ConfigScope;
  /** Higher wins when several hosts claim a path (a folder-qualified name beats a bare file name). */
  readonly specificity: number;
  /** Settings-style files (`settings.json`) are only ours when they contain MCP keys. */
  readonly requiresMcpContent?: boolean;
  /** Where the MCP keys live in this kind of file (`['mcp']` in VS Code settings.json). */
  readonly rootPath?: JSONPath;
}

export interface HostReadContext {
  readonly scope: ConfigScope;
  readonly detectedBy: McpConfig['detectedBy'];
  readonly rootPath?: JSONPath;
  /** The file is only ours if the MCP root holds MCP keys (settings-style files). */
  readonly requiresMcpContent?: boolean;
}

export interface PathContext {
  /** The user's home folder, `/`-separated, when the adapter knows it. */
  readonly homeDir?: string;
}

export interface HostFormat {
  /** Stable id used in output, settings and `--host` (kebab-case). */
  readonly id: string;
  readonly displayName: string;
  readonly syntax: SyntaxFamily;
  /** Where the facts come from (section of shared reference, vendor docs). */
  readonly docs: string;
  readonly capabilities: HostCapabilities;
  /** Server fields this host documents; anything else is an `unknown-field`. */
  readonly knownServerFields: readonly string[];
  /** The root key that holds the server map (`mcpServers`, `servers`, `context_servers`); absent for list-shaped formats. */
  readonly serversKey?: string;
  /** How servers spell transport and endpoint fields (`type` values, URL keys), for structural rules. */
  readonly dialect?: ServerDialect;
  /** File-name patterns for discovery (`**` for any folders), e.g. `**\/.cursor/mcp.json`. */
  readonly filePatterns: readonly string[];
  /** Claims a `/`-separated path; undefined when the path is not this host's. */
  matchPath(path: string, context: PathContext): PathMatch | undefined;
  /** How strongly the parsed content looks like this host (0 = not at all); used when the path is not decisive. */
  shapeScore(document: ParsedDocument): number;
  /** Reads the document into the normalised model; undefined when the document holds no MCP content for this host. */
  read(document: ParsedDocument, match: HostReadContext): McpConfig | undefined;
}
