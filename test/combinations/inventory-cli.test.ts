/** `mcp-warden inventory`: user + project files of one host in one session, Markdown and JSON, names of secrets only. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, tempDir, writeTree } from '../cli/cli-harness';

describe('mcp-warden inventory', () => {
  const { dir, cleanup } = tempDir('mcp-warden-inventory-');
  after(cleanup);
  const home = join(dir, 'home');
  // Built at run time so no secret-looking literal is committed.
  const fakeToken = ['xoxb', '1234567890', 'abcdefghijklmnopqrstuvwx'].join('-');
  writeTree(dir, {
    'home/.cursor/mcp.json': JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] } } }, null, 2),
    'repo/.cursor/mcp.json': JSON.stringify({
      mcpServers: {
        filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/Users/ann'] },
        slack: { command: 'npx', args: ['-y', 'slack-mcp-server'], env: { SLACK_BOT_TOKEN: fakeToken } },
      },
    }, null, 2),
  });

  it('prints Markdown with both scopes, the flow diagram and secret names only', async () => {
    const run = await cli(['inventory', 'repo', '--include-user-configs'], { cwd: dir, home, rules: 'catalog' });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# MCP server inventory/);
    assert.match(run.stdout, /## Cursor, project <tmp>\/repo/);
    assert.match(run.stdout, /\| fetch \| user \| pypi:mcp-server-fetch==2025.4.7 \| yes \|/);
    assert.match(run.stdout, /\| slack \| project \| npm:slack-mcp-server \| \*\*no\*\* \|/);
    assert.match(run.stdout, /```mermaid/);
    assert.match(run.stdout, /\*\*Lethal trifecta\*\* \(high\): untrusted content read by/);
    assert.match(run.stdout, /`SLACK_BOT_TOKEN`/);
    assert.ok(!run.stdout.includes(fakeToken), 'the token value is never printed');
  });

  it('prints JSON', async () => {
    const run = await cli(['inventory', 'repo', '--include-user-configs', '--format', 'json'], { cwd: dir, home, rules: 'catalog' });
    assert.equal(run.code, 0, run.stderr);
    const inventory = JSON.parse(run.stdout) as { schema: string; sessions: { label: string; servers: { name: string; scope: string; secrets: string[] }[] }[] };
    assert.equal(inventory.schema, 'mcp-warden-inventory/1');
    assert.equal(inventory.sessions.length, 1);
    assert.deepEqual(inventory.sessions[0]?.servers.map((s) => [s.name, s.scope]), [['fetch', 'user'], ['filesystem', 'project'], ['slack', 'project']]);
    assert.ok(!run.stdout.includes(fakeToken));
  });

  it('rejects an unknown format', async () => {
    const run = await cli(['inventory', 'repo', '--format', 'html'], { cwd: dir, home, rules: 'catalog' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--format/);
  });
});
