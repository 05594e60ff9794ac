import { unpinnedPackage } from '../../server/src/engine/rules/unpinned-package';
import { configFor } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const FS = '@modelcontextprotocol/server-filesystem';
const npx = (...args: string[]) => ({ a: { command: 'npx', args } });
const run = (command: string, ...args: string[]) => ({ a: { command, args } });

runRuleTests(unpinnedPackage, {
  valid: [
    { name: 'npx with an exact version', servers: npx('-y', `${FS}@2025.8.21`) },
    { name: 'uvx name==version', servers: run('uvx', 'mcp-server-fetch==2025.4.7') },
    { name: 'uvx name@version', servers: run('uvx', 'mcp-server-fetch@2025.4.7') },
    { name: 'uvx --from with ==', servers: run('uvx', '--from', 'mcp-server-fetch==2025.4.7', 'mcp-server-fetch') },
    { name: 'pipx run --spec ==', servers: run('pipx', 'run', '--spec', 'mcp-server-time==1.0.0', 'mcp-server-time') },
    { name: 'docker image by digest', servers: run('docker', 'run', '-i', '--rm', `mcp/fetch@${DIGEST}`) },
    { name: 'docker tag and digest', servers: run('docker', 'run', '-i', `ghcr.io/github/github-mcp-server:0.20.1@${DIGEST}`) },
    { name: 'git spec pinned to a full commit', servers: npx('-y', `github:acme/mcp-server#${SHA}`) },
    { name: 'deno npm: specifier with a version', servers: run('deno', 'run', '-A', 'npm:@acme/mcp@1.2.3') },
    { name: 'local node script is not a package', servers: run('node', './server.js') },
    { name: 'python -m of an installed module', servers: run('python', '-m', 'mymod') },
    { name: 'docker subcommand that runs no image', servers: run('docker', 'mcp', 'gateway', 'run') },
    { name: 'remote server', servers: { r: { type: 'http', url: 'https://mcp.example.com/mcp' } } },
  ],
  invalid: [
    {
      name: 'npx -y without a version (auto-yes folded into the message)',
      servers: npx('-y', FS, '/tmp'),
      errors: [{ message: /without a version.*-y also skips the install prompt/, severity: 'warning', confidence: 'high', text: FS, server: 'a' }],
    },
    {
      name: 'npx @latest',
      host: 'cursor',
      servers: npx('@upstash/context7-mcp@latest'),
      errors: [{ message: 'moving tag "latest"', text: '@upstash/context7-mcp@latest' }],
    },
    { name: 'npx with a caret range', servers: npx('-y', 'mcp-remote@^0.1.16'), errors: [{ message: 'range "^0.1.16"', text: 'mcp-remote@^0.1.16' }] },
    { name: 'npx with an x-range', servers: npx('mcp-remote@0.1.x'), errors: [{ message: 'range "0.1.x"', text: 'mcp-remote@0.1.x' }] },
    { name: 'npx with >=', servers: npx('mcp-remote@>=0.1'), errors: [{ message: 'range ">=0.1"' }] },
    { name: 'npx next dist-tag', servers: npx('mcp-remote@next'), errors: [{ message: 'moving tag "next"' }] },
    { name: 'npm exec', servers: run('npm', 'exec', '--yes', 'mcp-remote'), errors: [{ message: /npm exec runs "mcp-remote" without a version.*--yes also skips/, text: 'mcp-remote' }] },
    { name: 'bunx', servers: run('bunx', 'mcp-remote'), errors: [{ message: 'bunx runs "mcp-remote"', text: 'mcp-remote' }] },
    { name: 'pnpm dlx', servers: run('pnpm', 'dlx', 'mcp-remote'), errors: [{ message: 'pnpm dlx runs', text: 'mcp-remote' }] },
    { name: 'yarn dlx', servers: run('yarn', 'dlx', 'mcp-remote@latest'), errors: [{ message: 'yarn dlx runs', text: 'mcp-remote@latest' }] },
    { name: 'npx -p package', servers: npx('-y', '-p', 'mcp-remote', 'mcp-remote-client'), errors: [{ text: 'mcp-remote' }] },
    { name: 'Windows cmd /c npx', host: 'claude-desktop', servers: run('cmd', '/c', 'npx', '-y', FS), errors: [{ text: FS, message: 'npx runs' }] },
    { name: 'absolute path to npx', host: 'claude-desktop', servers: run('/Users/me/.asdf/shims/npx', '-y', FS), errors: [{ text: FS }] },
    { name: 'sh -c script', servers: run('sh', '-c', `npx -y ${FS} /tmp`), errors: [{ text: FS }] },
    { name: 'uvx without a version', servers: run('uvx', 'mcp-server-fetch'), errors: [{ message: 'uvx runs "mcp-server-fetch" without a version', text: 'mcp-server-fetch' }] },
    { name: 'uvx @latest', host: 'amazon-q', servers: run('uvx', 'awslabs.aws-documentation-mcp-server@latest'), errors: [{ message: 'moving tag "latest"', text: 'awslabs.aws-documentation-mcp-server@latest' }] },
    { name: 'uvx --from with a range', servers: run('uvx', '--from', 'mcp-server-git>=2025.1', 'mcp-server-git'), errors: [{ message: 'range ">=2025.1"', text: 'mcp-server-git>=2025.1' }] },
    { name: 'uv tool run', servers: run('uv', 'tool', 'run', 'mcp-server-time'), errors: [{ message: 'uv tool run runs', text: 'mcp-server-time' }] },
    { name: 'pipx run', servers: run('pipx', 'run', 'mcp-server-time'), errors: [{ message: 'pipx run runs', text: 'mcp-server-time' }] },
    { name: 'docker image without a tag', servers: run('docker', 'run', '-i', '--rm', '-e', 'X', 'mcp/fetch'), errors: [{ message: 'without a tag', severity: 'warning', text: 'mcp/fetch' }] },
    { name: 'docker :latest', servers: run('docker', 'run', '-i', 'mariadb-mcp:latest'), errors: [{ message: '":latest" moves', severity: 'warning', text: 'mariadb-mcp:latest' }] },
    { name: 'podman without a tag', servers: run('podman', 'run', '-i', 'ghcr.io/github/github-mcp-server'), errors: [{ message: 'podman run runs', text: 'ghcr.io/github/github-mcp-server' }] },
    { name: 'docker tag without digest is info', servers: run('docker', 'run', '-i', 'mcp/fetch:1.2'), errors: [{ message: 'by tag only', severity: 'info', text: 'mcp/fetch:1.2' }] },
    {
      name: 'docker tag without digest is a warning in the pedantic profile',
      config: { profile: 'pedantic' },
      servers: run('docker', 'run', '-i', 'mcp/fetch:1.2'),
      errors: [{ message: 'by tag only', severity: 'warning' }],
    },
    { name: 'github: shorthand without a commit', servers: npx('-y', 'github:acme/mcp-server'), errors: [{ message: 'from git without a ref', text: 'github:acme/mcp-server' }] },
    { name: 'git+https on a branch', servers: npx('git+https://github.com/acme/mcp.git#main'), errors: [{ message: 'git ref "main"', text: 'git+https://github.com/acme/mcp.git#main' }] },
    { name: 'tarball URL', servers: npx('https://example.com/pkg-1.0.0.tgz'), errors: [{ message: 'from a URL whose content can change' }] },
    { name: 'deno jsr: without a version', servers: run('deno', 'run', '-A', 'jsr:@acme/mcp'), errors: [{ message: 'deno runs "jsr:@acme/mcp"', text: 'jsr:@acme/mcp' }] },
    { name: 'extra package from uvx --with', servers: run('uvx', '--with', 'httpx', 'mcp-server-fetch==1.0'), errors: [{ text: 'httpx' }] },
    {
      name: 'reviewed pin for npm (highest reviewed version)',
      config: { reviewed: { [`npm:${FS}`]: [{ version: '2025.7.1', date: '2026-08-01' }, { version: '2025.8.21', date: '2026-10-02', by: 'sam' }] } },
      servers: npx('-y', FS, '/tmp'),
      errors: [{ text: FS }],
      output: configFor('vscode', npx('-y', `${FS}@2025.8.21`, '/tmp')),
    },
    {
      name: 'reviewed pin skips a reviewed version with an advisory',
      config: { reviewed: { 'npm:mcp-remote': [{ version: '0.1.15', date: '2026-01-01' }, { version: '0.0.4', date: '2025-01-01' }] } },
      servers: npx('mcp-remote@latest'),
      errors: [{ text: 'mcp-remote@latest' }],
      output: configFor('vscode', npx('mcp-remote@0.0.4')),
    },
    {
      name: 'reviewed pin for uvx uses @ and matches PEP 503 names',
      config: { reviewed: { 'pypi:MCP_Server.Fetch': [{ version: '2025.4.7', date: '2026-10-02' }] } },
      servers: run('uvx', 'mcp-server-fetch'),
      errors: [{ text: 'mcp-server-fetch' }],
      output: configFor('vscode', run('uvx', 'mcp-server-fetch@2025.4.7')),
    },
    {
      name: 'reviewed pin for uvx --from replaces the range with ==',
      config: { reviewed: { 'pypi:mcp-server-git': [{ version: '2026.1.14', date: '2026-10-02' }] } },
      servers: run('uvx', '--from', 'mcp-server-git>=2025.1', 'mcp-server-git'),
      errors: [{ text: 'mcp-server-git>=2025.1' }],
      output: configFor('vscode', run('uvx', '--from', 'mcp-server-git==2026.1.14', 'mcp-server-git')),
    },
    {
      name: 'reviewed pin for an image writes tag and digest',
      config: { reviewed: { 'oci:docker.io/mcp/fetch': [{ version: `1.0@${DIGEST}`, date: '2026-10-02' }] } },
      servers: run('docker', 'run', '-i', 'mcp/fetch:latest'),
      errors: [{ text: 'mcp/fetch:latest' }],
      output: configFor('vscode', run('docker', 'run', '-i', `mcp/fetch:1.0@${DIGEST}`)),
    },
  ],
});
