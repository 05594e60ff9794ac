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
};

/** The root key that holds servers in each host's file. */
export const SERVERS_KEY: Readonly<Record<string, string>> = {
  vscode: 'servers',
  'visual-studio': 'servers',
  zed: 'context_servers',
};

/** A file of `host` declaring `servers` (object of server name -> server object), pretty-printed. */
export function configFor(host: string, servers: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ [SERVERS_KEY[host] ?? 'mcpServers']: servers, ...extra }, null, 2) + '\n';
}

export function pathFor(host: string): string {
  const path = HOST_PATHS[host];
  if (!path) throw new Error(`no test path for host ${host}`);
  return path;
}
