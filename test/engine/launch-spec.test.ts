/** The launch reader: every launcher and wrapper, with the exact source text of the package name and version. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type LaunchSpec } from '../../server/src/engine/index';
import type { Span } from '../../server/src/engine/text/span';

interface Read {
  readonly launch: LaunchSpec | undefined;
  readonly src: (span: Span | undefined) => string | undefined;
}

function read(command: string, args: readonly string[] = [], eol = '\n'): Read {
  const text = JSON.stringify({ mcpServers: { s: { command, args } } }, null, 2).replace(/\n/g, eol);
  const result = lint({ text, path: '/home/dev/.config/Claude/claude_desktop_config.json' });
  const server = result.config?.servers[0];
  assert.ok(server, 'no server read');
  return { launch: server.launch, src: (span) => (span ? text.slice(span.offset, span.offset + span.length) : undefined) };
}

/** Checks launcher, ecosystem, name and version with the text each span covers. */
function expectPackage(r: Read, expected: { launcher: string; ecosystem: string; name: string; version?: string; kind: string; nameText?: string; versionText?: string }): void {
  const { launch, src } = r;
  assert.ok(launch, 'no launch spec');
  assert.equal(launch.launcher, expected.launcher, 'launcher');
  const pkg = launch.package;
  assert.ok(pkg, 'no package');
  assert.equal(pkg.ecosystem, expected.ecosystem, 'ecosystem');
  assert.equal(pkg.name, expected.name, 'name');
  assert.equal(src(pkg.nameSpan), expected.nameText ?? expected.name, 'name span');
  assert.equal(pkg.version, expected.version, 'version');
  assert.equal(src(pkg.versionSpan), expected.versionText ?? expected.version, 'version span');
  assert.equal(pkg.versionKind, expected.kind, 'version kind');
}

describe('launch spec', () => {
  it('npx -y with a scoped package and exact version', () => {
    const r = read('npx', ['-y', '@modelcontextprotocol/server-github@2025.4.8']);
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: '@modelcontextprotocol/server-github', version: '2025.4.8', kind: 'exact' });
    assert.equal(r.src(r.launch?.autoYes?.span), '-y');
  });
  it('npx --yes, unversioned, with program args', () => {
    const r = read('npx', ['--yes', 'mcp-remote', 'https://example.com/sse']);
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: 'mcp-remote', kind: 'none' });
    assert.deepEqual(r.launch?.programArgs.map((t) => t.value), ['https://example.com/sse']);
  });
  it('npx -p package names the package, not the binary', () => {
    expectPackage(read('npx', ['-p', '@scope/tool@^1.2.0', 'tool-bin']), { launcher: 'npx', ecosystem: 'npm', name: '@scope/tool', version: '^1.2.0', kind: 'range' });
  });
  it('npx --package=pkg inline', () => {
    expectPackage(read('npx', ['--package=pkg@latest', 'bin']), { launcher: 'npx', ecosystem: 'npm', name: 'pkg', version: 'latest', kind: 'tag' });
  });
  it('an absolute npx path (Windows, .cmd)', () => {
    const r = read('C:\\Program Files\\nodejs\\npx.cmd', ['-y', 'pkg@1.0.0']);
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: 'pkg', version: '1.0.0', kind: 'exact' });
  });
  it('npm exec --yes -- pkg', () => {
    const r = read('npm', ['exec', '--yes', '--', 'pkg@2.0.0', '--flag']);
    expectPackage(r, { launcher: 'npm-exec', ecosystem: 'npm', name: 'pkg', version: '2.0.0', kind: 'exact' });
    assert.equal(r.src(r.launch?.autoYes?.span), '--yes');
  });
  it('bunx, pnpm dlx, yarn dlx', () => {
    expectPackage(read('bunx', ['pkg@1.0.0']), { launcher: 'bunx', ecosystem: 'npm', name: 'pkg', version: '1.0.0', kind: 'exact' });
    expectPackage(read('pnpm', ['dlx', '@a/b@~1.2']), { launcher: 'pnpm-dlx', ecosystem: 'npm', name: '@a/b', version: '~1.2', kind: 'range' });
    expectPackage(read('yarn', ['dlx', '@a/b@3.0.0']), { launcher: 'yarn-dlx', ecosystem: 'npm', name: '@a/b', version: '3.0.0', kind: 'exact' });
  });
  it('uvx with @version, ==version and --from', () => {
    expectPackage(read('uvx', ['mcp-server-fetch@2025.4.7']), { launcher: 'uvx', ecosystem: 'pypi', name: 'mcp-server-fetch', version: '2025.4.7', kind: 'exact' });
    expectPackage(read('uvx', ['mcp-server-time==1.0']), { launcher: 'uvx', ecosystem: 'pypi', name: 'mcp-server-time', version: '==1.0', kind: 'exact' });
    const from = read('uvx', ['--from', 'awslabs.core-mcp-server>=1.0', 'awslabs.core-mcp-server']);
    expectPackage(from, { launcher: 'uvx', ecosystem: 'pypi', name: 'awslabs.core-mcp-server', version: '>=1.0', kind: 'range' });
    assert.equal(from.launch?.package?.token.argIndex, 1, 'the package is the --from value');
  });
  it('uv tool run and pipx run --spec', () => {
    expectPackage(read('uv', ['tool', 'run', 'mcp-x@latest']), { launcher: 'uv-tool-run', ecosystem: 'pypi', name: 'mcp-x', version: 'latest', kind: 'tag' });
    expectPackage(read('pipx', ['run', '--spec', 'mcp-y==0.3.1', 'mcp-y']), { launcher: 'pipx-run', ecosystem: 'pypi', name: 'mcp-y', version: '==0.3.1', kind: 'exact' });
  });
  it('docker run skips flags with values to find the image', () => {
    const r = read('docker', ['run', '-i', '--rm', '-e', 'TOKEN', '-v', '/a:/b', '--network', 'host', 'ghcr.io/github/github-mcp-server:v0.13.0', 'stdio']);
    expectPackage(r, { launcher: 'docker-run', ecosystem: 'oci', name: 'ghcr.io/github/github-mcp-server', version: 'v0.13.0', kind: 'exact' });
    assert.deepEqual(r.launch?.programArgs.map((t) => t.value), ['stdio']);
  });
  it('docker image without tag, with :latest and with a digest; podman run', () => {
    expectPackage(read('docker', ['run', '-i', 'mcp/fetch']), { launcher: 'docker-run', ecosystem: 'oci', name: 'mcp/fetch', kind: 'none' });
    expectPackage(read('docker', ['run', 'mcp/fetch:latest']), { launcher: 'docker-run', ecosystem: 'oci', name: 'mcp/fetch', version: 'latest', kind: 'tag' });
    const digest = read('docker', ['run', `mcp/fetch@sha256:${'a'.repeat(64)}`]);
    assert.equal(digest.launch?.package?.versionKind, 'digest');
    assert.equal(digest.launch?.package?.digest, `sha256:${'a'.repeat(64)}`);
    expectPackage(read('podman', ['run', '--rm', '-i', 'quay.io/x/y:1.2']), { launcher: 'podman-run', ecosystem: 'oci', name: 'quay.io/x/y', version: '1.2', kind: 'exact' });
  });
  it('a registry with a port is not a tag', () => {
    expectPackage(read('docker', ['run', 'localhost:5000/mcp/x']), { launcher: 'docker-run', ecosystem: 'oci', name: 'localhost:5000/mcp/x', kind: 'none' });
  });
  it('docker mcp gateway run is not an image', () => {
    const r = read('docker', ['mcp', 'gateway', 'run']);
    assert.equal(r.launch?.package, undefined);
    assert.notEqual(r.launch?.launcher, 'docker-run');
  });
  it('deno npm: and jsr: specifiers, with a module subpath', () => {
    expectPackage(read('deno', ['run', '-A', 'npm:@a/b@1.2.3']), { launcher: 'deno', ecosystem: 'npm', name: '@a/b', version: '1.2.3', kind: 'exact' });
    expectPackage(read('deno', ['run', 'jsr:@std/http@1.0.20/file-server']), { launcher: 'deno', ecosystem: 'jsr', name: '@std/http', version: '1.0.20', kind: 'exact' });
  });
  it('git, github: and tarball specs', () => {
    const sha = 'abcdef0123456789abcdef0123456789abcdef01';
    expectPackage(read('npx', ['-y', `github:owner/repo#${sha}`]), { launcher: 'npx', ecosystem: 'git', name: 'github:owner/repo', version: sha, kind: 'commit' });
    expectPackage(read('npx', ['git+https://github.com/o/r.git#main']), { launcher: 'npx', ecosystem: 'git', name: 'git+https://github.com/o/r.git', version: 'main', kind: 'tag' });
    expectPackage(read('npx', ['owner/repo']), { launcher: 'npx', ecosystem: 'git', name: 'owner/repo', kind: 'none' });
    expectPackage(read('npx', ['https://example.com/pkg.tgz']), { launcher: 'npx', ecosystem: 'url', name: 'https://example.com/pkg.tgz', kind: 'none' });
  });
  it('cmd /c npx, with separate words and with one string', () => {
    const r = read('cmd', ['/c', 'npx', '-y', 'pkg@1.0.0']);
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: 'pkg', version: '1.0.0', kind: 'exact' });
    assert.deepEqual(r.launch?.wrappers, ['cmd']);
    expectPackage(read('cmd', ['/c', 'npx -y pkg@2.0.0']), { launcher: 'npx', ecosystem: 'npm', name: 'pkg', version: '2.0.0', kind: 'exact' });
  });
  it('sh -c "npx ..." points into the script', () => {
    const r = read('sh', ['-c', 'cd /tmp && npx -y @a/b@1.0.0 --port 3000']);
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: '@a/b', version: '1.0.0', kind: 'exact' });
    assert.deepEqual(r.launch?.wrappers, ['shell']);
    assert.equal(r.launch?.package?.token.embedded, true);
  });
  it('env VAR=1 npx and a command string with spaces', () => {
    expectPackage(read('env', ['DEBUG=1', 'npx', 'pkg@1.0.0']), { launcher: 'npx', ecosystem: 'npm', name: 'pkg', version: '1.0.0', kind: 'exact' });
    const r = read('npx -y pkg@3.0.0');
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: 'pkg', version: '3.0.0', kind: 'exact' });
    assert.deepEqual(r.launch?.wrappers, ['command-string']);
  });
  it('spans stay exact with CRLF and characters outside the BMP', () => {
    const r = read('npx', ['--flag=😀', '-y', '@😀/pkg@1.0.0'], '\r\n');
    expectPackage(r, { launcher: 'npx', ecosystem: 'npm', name: '@😀/pkg', version: '1.0.0', kind: 'exact' });
  });
  it('an escaped string keeps the whole token as the span', () => {
    const text = '{ "mcpServers": { "s": { "command": "npx", "args": ["-y", "\\u0070kg@1.0.0"] } } }';
    const server = lint({ text, path: '/home/dev/.cursor/mcp.json' }).config?.servers[0];
    const pkg = server?.launch?.package;
    assert.equal(pkg?.name, 'pkg');
    assert.equal(pkg?.version, '1.0.0');
    assert.equal(text.slice(pkg.nameSpan.offset, pkg.nameSpan.offset + pkg.nameSpan.length), '\\u0070kg@1.0.0');
  });
  it('tokens serialise as plain data: value, span, arg index, embedded (never the document they read from)', () => {
    const r = read('npx', ['-y', 'pkg@1.0.0']);
    const token = r.launch?.package?.token;
    assert.ok(token);
    assert.deepEqual(JSON.parse(JSON.stringify(token)), { value: 'pkg@1.0.0', span: token.span, argIndex: 1, embedded: false });
    assert.equal(r.src(token.span), 'pkg@1.0.0');
  });
  it('local programs and unknown commands', () => {
    assert.equal(read('node', ['server.js']).launch?.launcher, 'local');
    assert.equal(read('python3', ['-m', 'srv']).launch?.package, undefined);
    assert.equal(read('my-binary', ['--x']).launch, undefined);
    assert.equal(read('npx', ['./local/pkg']).launch?.package, undefined);
  });
});
