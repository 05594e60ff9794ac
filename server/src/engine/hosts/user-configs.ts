/**
 * Where each host keeps its user-level MCP files on each OS (hosts.md). Pure data: adapters pass in the platform,
 * home folder and environment, and check which of these exist.
 */

export interface UserEnvironment {
  readonly platform: 'darwin' | 'win32' | 'linux' | string;
  /** `/`-separated home folder. */
  readonly homeDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface UserConfigLocation {
  readonly hostId: string;
  /** `/`-separated path of a file, or of a folder when `filePattern` is set. */
  readonly path: string;
  /** When set, every file in folder `path` whose name matches is a config (e.g. agent files). */
  readonly filePattern?: RegExp;
}

export function userConfigLocations(user: UserEnvironment): UserConfigLocation[] {
  const home = user.homeDir.replace(/\\/g, '/').replace(/\/+$/, '');
  const env = (name: string): string | undefined => user.env[name]?.replace(/\\/g, '/').replace(/\/+$/, '');
  const appData = env('APPDATA') ?? `${home}/AppData/Roaming`;
  const xdg = env('XDG_CONFIG_HOME') ?? `${home}/.config`;
  const codeUser =
    user.platform === 'darwin' ? `${home}/Library/Application Support/Code/User`
    : user.platform === 'win32' ? `${appData}/Code/User`
    : `${xdg}/Code/User`;
  const claudeDesktop =
    user.platform === 'darwin' ? `${home}/Library/Application Support/Claude/claude_desktop_config.json`
    : user.platform === 'win32' ? `${appData}/Claude/claude_desktop_config.json`
    : `${xdg}/Claude/claude_desktop_config.json`;
  const zed = user.platform === 'win32' ? `${appData}/Zed/settings.json` : `${xdg}/zed/settings.json`;
  const codeGlobalStorage = `${codeUser}/globalStorage`;
  const clineDir = env('CLINE_DIR') ?? `${home}/.cline`;
  const locations: UserConfigLocation[] = [
    { hostId: 'claude-desktop', path: claudeDesktop },
    { hostId: 'claude-code', path: `${home}/.claude.json` },
    { hostId: 'claude-code', path: `${home}/.claude/settings.json` },
    { hostId: 'vscode', path: `${codeUser}/mcp.json` },
    { hostId: 'vscode', path: `${codeUser}/settings.json` },
    { hostId: 'vscode', path: `${codeUser}/profiles`, filePattern: /^mcp\.json$/ },
    { hostId: 'cursor', path: `${home}/.cursor/mcp.json` },
    { hostId: 'windsurf', path: `${home}/.codeium/windsurf/mcp_config.json` },
    { hostId: 'cline', path: env('CLINE_MCP_SETTINGS_PATH') ?? `${env('CLINE_DATA_DIR') ?? `${clineDir}/data`}/settings/cline_mcp_settings.json` },
    { hostId: 'cline', path: `${codeGlobalStorage}/saoudrizwan.claude-dev/settings/cline_mcp_settings.json` },
    { hostId: 'roo-code', path: `${codeGlobalStorage}/rooveterinaryinc.roo-cline/settings/mcp_settings.json` },
    { hostId: 'zed', path: zed },
    { hostId: 'gemini-cli', path: `${home}/.gemini/settings.json` },
    { hostId: 'amazon-q', path: `${home}/.aws/amazonq/mcp.json` },
    { hostId: 'amazon-q', path: `${home}/.aws/amazonq/default.json` },
    { hostId: 'amazon-q', path: `${home}/.aws/amazonq/cli-agents`, filePattern: /\.json$/ },
    { hostId: 'lm-studio', path: `${home}/.lmstudio/mcp.json` },
    { hostId: 'junie', path: `${home}/.junie/mcp/mcp.json` },
    { hostId: 'copilot-cli', path: `${env('COPILOT_HOME') ?? `${home}/.copilot`}/mcp-config.json` },
    { hostId: 'codex', path: `${env('CODEX_HOME') ?? `${home}/.codex`}/config.toml` },
    { hostId: 'continue', path: `${home}/.continue/config.yaml` },
    { hostId: 'continue', path: `${home}/.continue/mcpServers`, filePattern: /\.(?:ya?ml|json)$/ },
    { hostId: 'goose', path: user.platform === 'win32' ? `${appData}/Block/goose/config/config.yaml` : `${xdg}/goose/config.yaml` },
  ];
  if (user.platform === 'win32') {
    locations.push({ hostId: 'visual-studio', path: `${env('USERPROFILE')?.replace(/\\/g, '/') ?? home}/.mcp.json` });
  }
  return locations;
}
