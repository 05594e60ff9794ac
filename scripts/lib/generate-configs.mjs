// Generates realistic MCP configs of a given size for benchmarks: a mix of npx/uvx/docker/remote servers,
// some with (obviously fake, runtime-built) secrets, some pinned, some not.
const PACKAGES = ['@modelcontextprotocol/server-filesystem', '@playwright/mcp', 'chrome-devtools-mcp', '@upstash/context7-mcp', 'mcp-remote', 'tavily-mcp', '@notionhq/notion-mcp-server', '@supabase/mcp-server-supabase'];
const PYPI = ['mcp-server-fetch', 'mcp-server-git', 'mcp-server-time', 'awslabs.aws-documentation-mcp-server'];
const IMAGES = ['mcp/github', 'ghcr.io/github/github-mcp-server', 'mcp/postgres', 'mcp/brave-search'];

/** A fake token that no scanner mistakes for a real one, unless `realistic` (then built from pieces at run time). */
function fakeToken(i, realistic) {
  if (!realistic) return `placeholder-${i}`;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let body = '';
  for (let k = 0; k < 36; k++) body += alphabet[(i * 7 + k * 13) % alphabet.length];
  return ['gh', 'p_'].join('') + body;
}

export function server(i, { dirty = true } = {}) {
  switch (i % 5) {
    case 0:
      return { command: 'npx', args: ['-y', `${PACKAGES[i % PACKAGES.length]}${dirty ? '' : '@1.2.3'}`, `/tmp/work-${i}`], env: { GITHUB_TOKEN: dirty ? fakeToken(i, true) : '${env:GITHUB_TOKEN}' } };
    case 1:
      return { command: 'uvx', args: [`${PYPI[i % PYPI.length]}${dirty ? '' : '==2025.1.1'}`, '--verbose'] };
    case 2:
      return { command: 'docker', args: ['run', '-i', '--rm', '-e', 'TOKEN', `${IMAGES[i % IMAGES.length]}${dirty ? ':latest' : ':1.0.0'}`] };
    case 3:
      return { type: 'http', url: `https://mcp.example-${i}.com/mcp`, headers: { Authorization: dirty ? `Bearer ${fakeToken(i, true)}` : 'Bearer ${input:token}' } };
    default:
      return { command: 'node', args: [`./servers/server-${i}.js`], cwd: '${workspaceFolder}' };
  }
}

/**
 * A server as big configs hold them (about 490 bytes): the same launch plus the flags and environment real entries
 * carry. 2,000 of them make the 1 MB config of the benchmark's definition.
 */
export function detailedServer(i, options = {}) {
  const entry = server(i, options);
  if (entry.args) entry.args.push('--log-level', 'info', '--config', `/home/user/projects/project-${i}/mcp-settings.json`, '--timeout', '30000');
  entry.env = { ...(entry.env ?? {}), LOG_LEVEL: 'info', NODE_OPTIONS: '--max-old-space-size=4096', PROJECT_ROOT: `/home/user/projects/project-${i}`, REGION: 'eu-west-1' };
  return entry;
}

/** A VS Code `.vscode/mcp.json` with `count` servers (`detailed`: the bigger entries of `detailedServer`). */
export function vscodeConfig(count, options = {}) {
  const make = options.detailed ? detailedServer : server;
  const servers = {};
  for (let i = 0; i < count; i++) servers[`server-${i}`] = make(i, options);
  return JSON.stringify({ servers }, null, 2) + '\n';
}

/** A config of about `bytes` size (servers added until reached). */
export function configOfSize(bytes, options = {}) {
  let count = Math.max(1, Math.round(bytes / (options.detailed ? 490 : 200)));
  let text = vscodeConfig(count, options);
  while (text.length < bytes * 0.97) {
    count = Math.ceil(count * (bytes / text.length));
    text = vscodeConfig(count, options);
  }
  return { text, count };
}
