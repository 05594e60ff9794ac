/** `mcp-warden fix`: safe fixes by default, unsafe with --unsafe, external edits, --rule, and --dry-run diffs without secrets. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { cli, tempDir, writeTree } from './cli-harness';
import { fakeToken } from './fake-rules';

const CLAUDE_TEXT = '{\n  "mcpServers": {\n    "a": { "command": "node", "args": ["a.js"], },\n  }\n}\n';
const tokenConfig = (): string => `{\n  "mcpServers": {\n    "api": {\n      "command": "node",\n      "env": { "TOKEN": "${fakeToken()}" }\n    }\n  }\n}\n`;

describe('fix', () => {
  let dir = '';
  let cleanup = (): void => undefined;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeTree(dir, {
      'desk/claude_desktop_config.json': CLAUDE_TEXT,
      'proj/.mcp.json': tokenConfig(),
      'proj/.gitignore': 'node_modules/\r\n',
    });
  });
  afterEach(() => cleanup());
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');

  it('applies safe fixes, writes the file, and reports what remains', async () => {
    const run = await cli(['fix', 'desk'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(read('desk/claude_desktop_config.json'), '{\n  "mcpServers": {\n    "a": { "command": "node", "args": ["a.js"] }\n  }\n}\n');
    assert.match(run.stdout, /^applied 2 fixes, 1 file changed:\n {2}desk\/claude_desktop_config\.json: Remove the trailing comma\n/);
    assert.match(run.stdout, /✔ no problems in 1 file checked/);
  });

  it('leaves unsafe fixes alone without --unsafe, and says so', async () => {
    const run = await cli(['fix', 'proj'], { cwd: dir });
    assert.equal(run.code, 1, 'the unsafe finding remains');
    assert.equal(read('proj/.mcp.json'), tokenConfig());
    assert.ok(!existsSync(join(dir, 'proj/.env.mcp')));
    assert.match(run.stdout, /no fixes to apply/);
    assert.match(run.stdout, /1 finding has an unsafe fix: review them, then run mcp-warden fix --unsafe/);
    assert.match(run.stdout, /error demo-literal-token/);
    assert.ok(!run.stdout.includes(fakeToken()));
  });

  it('--unsafe applies unsafe fixes and their external edits (env file created 0600, .gitignore keeps CRLF)', async () => {
    const run = await cli(['fix', 'proj', '--unsafe'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(read('proj/.mcp.json'), /"TOKEN": "\$\{TOKEN\}"/);
    assert.equal(read('proj/.env.mcp'), `TOKEN=${fakeToken()}\n`);
    assert.equal(statSync(join(dir, 'proj/.env.mcp')).mode & 0o777, 0o600);
    assert.equal(read('proj/.gitignore'), 'node_modules/\r\n.env.mcp\r\n');
    assert.match(run.stdout, /note: export TOKEN from \.env\.mcp before starting the host/);
    assert.ok(!run.stdout.includes(fakeToken()), 'the fix report never prints the secret');
    // Idempotent: a second run changes nothing and does not append twice.
    const again = await cli(['fix', 'proj', '--unsafe'], { cwd: dir });
    assert.match(again.stdout, /no fixes to apply/);
    assert.equal(read('proj/.gitignore'), 'node_modules/\r\n.env.mcp\r\n');
  });

  it('--rule limits fixing to the named rules', async () => {
    const run = await cli(['fix', 'desk', 'proj', '--unsafe', '--rule', 'demo-literal-token'], { cwd: dir });
    assert.equal(run.code, 1, 'the trailing commas remain');
    assert.equal(read('desk/claude_desktop_config.json'), CLAUDE_TEXT);
    assert.match(read('proj/.mcp.json'), /\$\{TOKEN\}/);
    const unknown = await cli(['fix', '--rule', 'nope'], { cwd: dir });
    assert.equal(unknown.code, 2);
  });

  it('--dry-run prints a unified diff, writes nothing, and redacts secrets in every diff', async () => {
    const run = await cli(['fix', 'desk', 'proj', '--unsafe', '--dry-run'], { cwd: dir });
    assert.equal(read('desk/claude_desktop_config.json'), CLAUDE_TEXT);
    assert.equal(read('proj/.mcp.json'), tokenConfig());
    assert.ok(!existsSync(join(dir, 'proj/.env.mcp')));
    assert.ok(run.stdout.includes([
      '--- a/desk/claude_desktop_config.json',
      '+++ b/desk/claude_desktop_config.json',
      '@@ -1,5 +1,5 @@',
      ' {',
      '   "mcpServers": {',
      '-    "a": { "command": "node", "args": ["a.js"], },',
      '+    "a": { "command": "node", "args": ["a.js"] }',
      '   }',
      ' }',
    ].join('\n')), run.stdout);
    assert.ok(run.stdout.includes('--- /dev/null\n+++ b/proj/.env.mcp\n@@ -0,0 +1,1 @@\n+TOKEN=token_…Wxyz\n'), run.stdout);
    assert.match(run.stdout, /-      "env": \{ "TOKEN": "token_…Wxyz" \}\n\+      "env": \{ "TOKEN": "\$\{TOKEN\}" \}/);
    assert.ok(run.stdout.includes('+.env.mcp\n'), 'the .gitignore line is shown');
    assert.ok(!run.stdout.includes(fakeToken()), 'no full secret anywhere in a dry run');
    assert.match(run.stdout, /would apply 3 fixes, 4 files would change/);
    assert.match(run.stdout, /Would remain:\n✔ no problems in 2 files checked/);
  });

  it('never loses a moved secret: when its env file cannot be written, the config stays as it was (exit 2)', async () => {
    mkdirSync(join(dir, 'proj/.env.mcp'));
    const run = await cli(['fix', 'proj', '--unsafe'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /proj\/\.mcp\.json: error: not changed: a file its fixes write to cannot be read \(is a directory\)/);
    assert.equal(read('proj/.mcp.json'), tokenConfig());
    assert.match(run.stdout, /error demo-literal-token/, 'the remaining report reflects the file on disk');
  });

  it('reports a config that cannot be written, naming it, and goes on with the others', async () => {
    const run = await cli(['fix', 'desk', 'proj', '--unsafe'], {
      cwd: dir,
      writeFile: async (path, text) => {
        if (path.endsWith('claude_desktop_config.json')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        const { writeFile } = await import('node:fs/promises');
        await writeFile(path, text);
      },
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /desk\/claude_desktop_config\.json: error: cannot write: permission denied/);
    assert.match(read('proj/.mcp.json'), /\$\{TOKEN\}/);
    assert.match(run.stdout, /desk\/claude_desktop_config\.json:3:\d+ error syntax-error/);
  });

  it('fixes a combination once: disabling one server resolves it, the other stays enabled', async () => {
    writeTree(dir, { 'pair/cline_mcp_settings.json': '{\n  "mcpServers": {\n    "left": { "command": "node" },\n    "right": { "command": "node" }\n  }\n}\n' });
    const run = await cli(['fix', 'pair', '--unsafe'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const fixed = JSON.parse(read('pair/cline_mcp_settings.json')) as { mcpServers: Record<string, { disabled?: boolean }> };
    assert.deepEqual(Object.entries(fixed.mcpServers).map(([name, server]) => `${name}:${server.disabled === true}`), ['left:true', 'right:false']);
    assert.match(run.stdout, /applied 1 fix, 1 file changed/);
  });

  it('removes every one of many list items in one run: each fix removes its own item, not the whole list again', async () => {
    // Each fix once wrote the whole list again without its item, so the fixes of one list always overlapped and ten
    // passes removed ten items.
    const allow = Array.from({ length: 15 }, (_, index) => `mcp__s${index}__*`);
    const inputs = Array.from({ length: 15 }, (_, index) => ({ type: 'promptString', id: `unused-${index}` }));
    writeTree(dir, {
      'many/.claude/settings.json': JSON.stringify({ enabledMcpjsonServers: ['s0'], permissions: { allow: [...allow, 'Bash(ls:*)'] } }, null, 2),
      'many/.vscode/mcp.json': JSON.stringify({ servers: { a: { command: 'node', args: ['a.js'] } }, inputs }, null, 2),
    });
    const run = await cli(['fix', 'many', '--unsafe', '--offline'], { cwd: dir, rules: 'catalog' });
    assert.equal(run.code, 0, run.stdout.slice(-3000));
    assert.deepEqual(JSON.parse(read('many/.claude/settings.json')).permissions.allow, ['Bash(ls:*)']);
    assert.deepEqual(JSON.parse(read('many/.vscode/mcp.json')).inputs, []);
  });
});
