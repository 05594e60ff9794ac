/** `--include-user-configs` and existingUserConfigs(): user-level files of every host under a fake home folder. */
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { existingUserConfigs } from '../../server/src/node/user-configs';
import { cli, tempDir, writeTree } from './cli-harness';

const OK = '{ "mcpServers": { "ok": { "command": "node", "args": ["ok.js"] } } }\n';

describe('user configs', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);
  const home = join(dir, 'home');
  before(() => writeTree(dir, {
    'home/.claude.json': OK,
    'home/.cursor/mcp.json': OK,
    'home/.config/Claude/claude_desktop_config.json': '{ "mcpServers": { "same": { "command": "node", "args": [1,] } } }',
    'home/.config/Code/User/mcp.json': '{ "servers": { "u": { "command": "node", "args": ["u.js"] } } }',
    'home/.config/Code/User/profiles/a1b2/mcp.json': '{ "servers": { "p": { "command": "node", "args": ["p.js"] } } }',
    'home/.aws/amazonq/cli-agents/reviewer.json': '{ "mcpServers": { "q": { "command": "node", "args": ["q.js"] } } }',
    'home/.aws/amazonq/cli-agents/notes.txt': 'not json',
    'home/.gemini/settings.json': '{ "theme": "x" }',
    'project/.mcp.json': OK,
  }));

  it('lists the user files that exist, per OS layout, including profile and agent folders', async () => {
    const found = (await existingUserConfigs({ platform: 'linux', homeDir: home, env: {} })).map((path) => relative(home, path).split('\\').join('/')).sort();
    assert.deepEqual(found, [
      '.aws/amazonq/cli-agents/reviewer.json',
      '.claude.json',
      '.config/Claude/claude_desktop_config.json',
      '.config/Code/User/mcp.json',
      '.config/Code/User/profiles/a1b2/mcp.json',
      '.cursor/mcp.json',
      '.gemini/settings.json',
    ]);
  });

  it('uses the macOS and Windows layouts for those platforms', async () => {
    const mac = tempDir('mcp-warden-mac-');
    const win = tempDir('mcp-warden-win-');
    try {
      writeTree(mac.dir, { 'Library/Application Support/Claude/claude_desktop_config.json': OK, 'Library/Application Support/Code/User/mcp.json': OK });
      const macFound = (await existingUserConfigs({ platform: 'darwin', homeDir: mac.dir, env: {} })).map((path) => relative(mac.dir, path)).sort();
      assert.deepEqual(macFound, ['Library/Application Support/Claude/claude_desktop_config.json', 'Library/Application Support/Code/User/mcp.json']);
      writeTree(win.dir, { 'AppData/Roaming/Claude/claude_desktop_config.json': OK, '.mcp.json': OK, '.cursor/mcp.json': OK });
      const winFound = (await existingUserConfigs({ platform: 'win32', homeDir: win.dir, env: { APPDATA: join(win.dir, 'AppData', 'Roaming'), USERPROFILE: win.dir } }))
        .map((path) => relative(win.dir, path)).sort();
      assert.deepEqual(winFound, ['.cursor/mcp.json', '.mcp.json', 'AppData/Roaming/Claude/claude_desktop_config.json']);
    } finally {
      mac.cleanup();
      win.cleanup();
    }
  });

  it('respects XDG_CONFIG_HOME', async () => {
    const found = await existingUserConfigs({ platform: 'linux', homeDir: home, env: { XDG_CONFIG_HOME: join(dir, 'nowhere') } });
    assert.ok(found.every((path) => !path.includes('.config')));
  });

  it('check --include-user-configs adds them to the session (user scope, ~ paths), skipping non-MCP settings silently', async () => {
    const run = await cli(['check', 'project', '--include-user-configs', '--format', 'json'], { cwd: dir, home: join(dir, 'home') });
    const files = (JSON.parse(run.stdout) as { files: { path: string; host: string }[] }).files;
    assert.deepEqual(files.map((file) => `${file.path} ${file.host}`).sort(), [
      'home/.aws/amazonq/cli-agents/reviewer.json amazon-q',
      'home/.claude.json claude-code',
      'home/.config/Claude/claude_desktop_config.json claude-desktop',
      'home/.config/Code/User/mcp.json vscode',
      'home/.config/Code/User/profiles/a1b2/mcp.json vscode',
      'home/.cursor/mcp.json cursor',
      'project/.mcp.json claude-code',
    ]);
    assert.equal(run.stderr, '', 'the Gemini settings.json without MCP keys is skipped silently');
    assert.equal(run.code, 1, 'the Claude Desktop trailing comma');
  });

  it('gives files outside the working folder absolute file: URIs in SARIF', async () => {
    const run = await cli(['check', '.', '--include-user-configs', '--format', 'sarif'], { cwd: join(dir, 'project'), home: join(dir, 'home') });
    const log = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
    const locations = log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation) ?? [];
    assert.ok(locations.length >= 1);
    for (const location of locations) {
      assert.equal(location?.uriBaseId, undefined);
      assert.ok(location?.uri.startsWith(`file://${join(dir, 'home')}/`), location?.uri);
    }
  });

  it('shows files outside the working folder as ~/…', async () => {
    const run = await cli(['check', '.', '--include-user-configs'], { cwd: join(dir, 'project'), home: join(dir, 'home') });
    assert.match(run.stdout, /^~\/\.config\/Claude\/claude_desktop_config\.json:1:\d+ error syntax-error/m);
  });
});
