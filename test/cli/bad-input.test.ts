/** Bad input: each case gets a clear finding or message, positions stay right, and the run goes on with the other files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, REPO_ROOT, tempDir, writeTree } from './cli-harness';

const OK = '{ "mcpServers": { "ok": { "command": "node", "args": ["ok.js"] } } }\n';

describe('check: bad input', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  before(() => writeTree(dir, { 'ok/.cursor/mcp.json': OK }));

  const check = async (files: Record<string, string | Uint8Array>, extra: readonly string[] = []) => {
    writeTree(dir, files);
    return cli(['check', ...Object.keys(files), 'ok', '--format', 'json', ...extra], { cwd: dir });
  };
  type Report = { files: { path: string; findings: { rule: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
  const parse = (stdout: string): Report => JSON.parse(stdout) as Report;

  it('invalid JSON: a syntax-error finding with its position; the other file is still checked', async () => {
    const run = await check({ 'broken/.mcp.json': '{\n  "mcpServers": {\n    "a": { "command": "node" \n  }\n' });
    const report = parse(run.stdout);
    assert.equal(run.code, 1);
    assert.equal(report.files.length, 2);
    const broken = report.files.find((file) => file.path === 'broken/.mcp.json');
    assert.ok(broken?.findings.some((finding) => finding.rule === 'syntax-error'));
  });

  it('a byte order mark: reported for strict-JSON hosts, positions unaffected', async () => {
    const run = await check({ 'bom/claude_desktop_config.json': '\uFEFF{ "mcpServers": { "a": { "command": "node", "args": [1,] } } }' });
    const findings = parse(run.stdout).files.find((file) => file.path.startsWith('bom/'))?.findings ?? [];
    assert.ok(findings.some((finding) => /byte order mark/.test(finding.message)));
    const comma = findings.find((finding) => /trailing comma/.test(finding.message));
    assert.equal(comma?.range.start.character, '\uFEFF{ "mcpServers": { "a": { "command": "node", "args": [1'.length);
  });

  it('CRLF line breaks and tabs: lines and columns count right, the excerpt is aligned', async () => {
    const text = '{\r\n\t"mcpServers": {\r\n\t\t"a": { "command": "node", "args": [1,] }\r\n\t}\r\n}\r\n';
    writeTree(dir, { 'crlf/claude_desktop_config.json': text });
    const json = parse((await cli(['check', 'crlf', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(json.files[0]?.findings[0]?.range.start, { line: 2, character: '\t\t"a": { "command": "node", "args": [1'.length });
    const textRun = await cli(['check', 'crlf'], { cwd: dir });
    const [head, source, carets] = textRun.stdout.split('\n');
    assert.match(head ?? '', /^crlf\/claude_desktop_config\.json:3:39 error syntax-error/);
    assert.ok(!(source ?? '').includes('\r') && !(source ?? '').includes('\t'));
    assert.equal((carets ?? '').indexOf('^'), (source ?? '').indexOf('1,') + 1);
  });

  it('non-ASCII keys and characters outside the BMP keep UTF-16 columns', async () => {
    const text = '{ "mcpServers": { "sérveur-😀": { "command": "node", "args": [1,] } } }';
    const run = await check({ 'utf/claude_desktop_config.json': text });
    const finding = parse(run.stdout).files.find((file) => file.path.startsWith('utf/'))?.findings[0];
    assert.equal(finding?.range.start.character, text.indexOf('1,') + 1);
  });

  it('a 5 MB file is checked', async () => {
    const servers = Array.from({ length: 40000 }, (_, index) => `"s${index}": { "command": "node", "args": ["server-${index}.js", "--port", "${index}"], "cwd": "/srv/mcp/instances/instance-${index}/working-directory" }`);
    const text = `{ "mcpServers": {\n${servers.join(',\n')},\n} }\n`;
    assert.ok(text.length > 5 * 1024 * 1024, `fixture is ${text.length} bytes`);
    const run = await check({ 'big/claude_desktop_config.json': text });
    const big = parse(run.stdout).files.find((file) => file.path.startsWith('big/'));
    assert.ok(big, run.stderr);
    assert.ok(big.findings.some((finding) => finding.rule === 'syntax-error' && finding.range.start.line === 40000));
  });

  it('a binary file: "not a text file", exit 2, the run goes on', async () => {
    const run = await check({ 'bin/.mcp.json': new Uint8Array([0x7b, 0x22, 0x00, 0x01, 0xff, 0x7d]) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bin\/\.mcp\.json: error: not a text file \(it contains NUL bytes\), not checked/);
    assert.deepEqual(parse(run.stdout).files.map((file) => file.path), ['ok/.cursor/mcp.json']);
  });

  it('UTF-16 and invalid UTF-8 files get their own messages', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{}'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    const run = await check({ 'u16/.mcp.json': utf16, 'latin/.mcp.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /u16\/\.mcp\.json: error: file is UTF-16 encoded; MCP hosts read UTF-8/);
    assert.match(run.stderr, /latin\/\.mcp\.json: error: not valid UTF-8 text/);
  });

  it('a file that is not an MCP config: named when explicit, silently skipped in a folder walk', async () => {
    writeTree(dir, { 'walk/.vscode/settings.json': '{ "editor.tabSize": 2 }', 'walk/.mcp.json': OK });
    const explicit = await cli(['check', 'walk/.vscode/settings.json'], { cwd: dir });
    assert.equal(explicit.code, 0);
    assert.match(explicit.stderr, /walk\/\.vscode\/settings\.json: warning: not an MCP config file/);
    const walked = await cli(['check', 'walk'], { cwd: dir });
    assert.equal(walked.stderr, '');
    assert.match(walked.stdout, /1 file checked/);
  });

  it('deeply nested arrays do not crash anything', async () => {
    const depth = 50000;
    const run = await check({ 'deep/.mcp.json': `{ "mcpServers": { "a": { "command": "node", "args": ${'['.repeat(depth)}${']'.repeat(depth)} } } }` });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.equal(parse(run.stdout).files.length, 2);
  });

  it('a directory that cannot be read: named, exit 2, the run goes on', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(join(locked, 'inner'), { recursive: true });
    writeTree(dir, { 'locked/inner/.mcp.json': OK });
    chmodSync(join(locked, 'inner'), 0o000);
    try {
      // Root reads every folder whatever its mode: run the real CLI as an unprivileged user then.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) chmodSync(dir, 0o755);
      const result = spawnSync(process.execPath, [join(REPO_ROOT, 'out/server/src/cli/main.js'), 'check', 'locked', 'ok'], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      assert.equal(result.error, undefined, `could not start the CLI${asRoot ? ' as uid 65534' : ''}: ${String(result.error)}`);
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.match(result.stderr, /locked\/inner: error: cannot read: permission denied/);
      assert.match(result.stdout, /1 file checked/);
    } finally {
      chmodSync(join(locked, 'inner'), 0o755);
    }
  });
});
