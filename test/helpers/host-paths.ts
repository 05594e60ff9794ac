/** A realistic file path for each host id, so that tests exercise path-based detection. */
export const HOME = '/home/dev';

export const HOST_PATHS: Readonly<Record<string, string>> = {
  'claude-desktop': `${HOME}/.config/Claude/claude_desktop_config.json`,
  'claude-code': '/repo/.mcp.json',
  vscode: '/repo/.vscode/mcp.json',
  cursor: '/repo/.cursor/mcp.json',
  windsurf: `${HOME}/.codeium/windsurf/mcp_config.json`,
  cline: `${HOME}/.cline/data/settings/cline_mcp_settings.json`,
  'roo-code': '/repo/.roo/mcp.json',
  zed: '/repo/.zed/settings.json',
  'gemini-cli': '/repo/.gemini/settings.json',
  'amazon-q': '/repo/.amazonq/mcp.json',
  'lm-studio': `${HOME}/.lmstudio/mcp.json`,
  'visual-studio': '/repo/.vs/mcp.json',
  junie: '/repo/.junie/mcp/mcp.json',
  'copilot-cli': `${HOME}/.copilot/mcp-config.json`,
  'copilot-agent': '/repo/copilot-agent-mcp.json',
  codex: '/repo/.codex/config.toml',
  continue: '/repo/.continue/mcpServers/servers.yaml',
  goose: `${HOME}/.config/goose/config.yaml`,
};

/** The root key that holds servers in each host's file. */
export const SERVERS_KEY: Readonly<Record<string, string>> = {
  vscode: 'servers',
  'visual-studio': 'servers',
  zed: 'context_servers',
};

/** A file of `host` declaring `servers` (object of server name -> server object), pretty-printed. */
export function configFor(host: string, servers: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  // JSON is valid YAML: Continue gets its list of named servers, Goose its `extensions` map (fields as Goose names them).
  if (host === 'continue') return JSON.stringify({ name: 'Test servers', version: '0.0.1', schema: 'v1', mcpServers: Object.entries(servers).map(([name, server]) => ({ name, ...(server as object) })), ...extra }, null, 2) + '\n';
  if (host === 'goose') return JSON.stringify({ extensions: servers, ...extra }, null, 2) + '\n';
  if (host === 'codex') return codexToml(servers, extra);
  return JSON.stringify({ [SERVERS_KEY[host] ?? 'mcpServers']: servers, ...extra }, null, 2) + '\n';
}

/** Codex `config.toml`: top-level `extra` keys, then one `[mcp_servers.<name>]` table per server (JSON strings are valid TOML). */
function codexToml(servers: Record<string, unknown>, extra: Record<string, unknown>): string {
  const key = (name: string): string => (/^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name));
  const value = (item: unknown): string => {
    if (Array.isArray(item)) return `[${item.map(value).join(', ')}]`;
    if (item !== null && typeof item === 'object') return `{ ${Object.entries(item).map(([k, v]) => `${key(k)} = ${value(v)}`).join(', ')} }`;
    return JSON.stringify(item);
  };
  const lines = Object.entries(extra).map(([k, v]) => `${key(k)} = ${value(v)}`);
  for (const [name, server] of Object.entries(servers)) {
    lines.push('', `[mcp_servers.${key(name)}]`, ...Object.entries(server as object).map(([k, v]) => `${key(k)} = ${value(v)}`));
  }
  return lines.join('\n').replace(/^\n/, '') + '\n';
}

export function pathFor(host: string): string {
  const path = HOST_PATHS[host];
  if (!path) throw new Error(`no test path for host ${host}`);
  return path;
}
