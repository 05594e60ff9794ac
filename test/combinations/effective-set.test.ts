/** Combinations over what one host loads together: user + project + local scopes, precedence, disabled servers, hosts kept apart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HOME } from '../helpers/host-paths';
import { findingsIn, lintSet, textAt, type SetFile } from './lint-set';

const fetch = { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] };
const filesystem = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] };
const slack = { command: 'npx', args: ['-y', 'slack-mcp-server@1.1.24'] };
const twilio = { command: 'npx', args: ['-y', '@twilio-alpha/mcp@0.6.0'] };
const time = { command: 'uvx', args: ['mcp-server-time==2025.8.4'] };
const COMBOS = ['lethal-trifecta', 'exfiltration-pair', 'untrusted-content-with-sensitive-account'];

describe('effective server set', () => {
  it('Claude Code: user scope + project .mcp.json + the local block of that project form one session', () => {
    const user = `${HOME}/.claude.json`;
    const files: SetFile[] = [
      { path: user, text: JSON.stringify({ mcpServers: { fetch }, projects: { '/repo': { mcpServers: { slack } }, '/other': { mcpServers: { time } } } }, null, 2) + '\n' },
      { path: '/repo/.mcp.json', servers: { filesystem } },
    ];
    const results = lintSet(files);
    const onFetch = findingsIn(results, user, 'lethal-trifecta').filter((f) => f.server === 'fetch');
    assert.equal(onFetch.length, 1, 'one trifecta finding on fetch (the /other project has no private data)');
    const finding = onFetch[0]!;
    assert.match(finding.message, /\(in Claude Code, project \/repo\)/);
    assert.match(finding.message, /untrusted content read by fetch can instruct the model to read private data through (filesystem|slack)/);
    assert.equal(textAt(files, user, finding.span), '"fetch"');
    const toFilesystem = finding.related.find((r) => r.message.startsWith('filesystem:'));
    assert.ok(toFilesystem, 'related location on filesystem');
    assert.equal(toFilesystem.file, '/repo/.mcp.json');
    assert.equal(textAt(files, '/repo/.mcp.json', toFilesystem.span), '"filesystem"');
    const toSlack = finding.related.find((r) => r.message.startsWith('slack:'));
    assert.ok(toSlack && toSlack.file === undefined, 'slack is in the same file: no file on the related location');
    assert.equal(textAt(files, user, toSlack.span), '"slack"');
    assert.equal(findingsIn(results, '/repo/.mcp.json', 'lethal-trifecta').length, 1, 'the project server is anchored too');
    assert.equal(findingsIn(results, user, 'lethal-trifecta').filter((f) => f.server === 'time').length, 0);
  });

  it('Claude Code: a local entry replaces the project entry of the same name', () => {
    const user = `${HOME}/.claude.json`;
    const files: SetFile[] = [
      { path: user, text: JSON.stringify({ mcpServers: { fetch }, projects: { '/repo': { mcpServers: { notes: time } } } }, null, 2) + '\n' },
      { path: '/repo/.mcp.json', servers: { notes: filesystem } },
    ];
    const results = lintSet(files);
    assert.deepEqual([...findingsIn(results, user, ...COMBOS), ...findingsIn(results, '/repo/.mcp.json', ...COMBOS)].map((f) => f.message), []);
    const without = lintSet([files[1]!, { path: user, servers: { fetch } }]);
    assert.equal(findingsIn(without, '/repo/.mcp.json', 'lethal-trifecta').length, 1, 'without the local override the project file reader completes the trifecta');
  });

  it('Cursor: the global file joins every project and its findings say which one', () => {
    const global = `${HOME}/.cursor/mcp.json`;
    const files: SetFile[] = [
      { path: global, servers: { fetch } },
      { path: '/work/a/.cursor/mcp.json', servers: { filesystem } },
      { path: '/work/b/.cursor/mcp.json', servers: { time } },
    ];
    const results = lintSet(files);
    const onGlobal = findingsIn(results, global, 'lethal-trifecta');
    assert.equal(onGlobal.length, 1);
    assert.match(onGlobal[0]!.message, /in Cursor, project \/work\/a/);
    const related = onGlobal[0]!.related.find((r) => r.message.startsWith('filesystem:'));
    assert.equal(related?.file, '/work/a/.cursor/mcp.json');
    assert.equal(findingsIn(results, '/work/a/.cursor/mcp.json', 'lethal-trifecta').length, 1);
    assert.equal(findingsIn(results, '/work/b/.cursor/mcp.json', ...COMBOS).length, 0);
  });

  it('VS Code: profile mcp.json + workspace .vscode/mcp.json', () => {
    const profile = `${HOME}/.config/Code/User/mcp.json`;
    const results = lintSet([
      { path: profile, key: 'servers', servers: { fetch } },
      { path: '/repo/.vscode/mcp.json', key: 'servers', servers: { filesystem, twilio } },
    ]);
    assert.equal(findingsIn(results, profile, 'lethal-trifecta').length, 1);
    // Twilio is the sensitive account fetch's pages can reach, so the trifecta goes through it too; the file server,
    // another private source, is a related location, and fetch in the profile file is related across files.
    const [workspaceFinding, ...more] = findingsIn(results, '/repo/.vscode/mcp.json', 'lethal-trifecta');
    assert.equal(more.length, 0);
    assert.equal(workspaceFinding?.server, 'twilio');
    assert.deepEqual(workspaceFinding?.related.map((r) => [r.file ?? '(same file)', r.message.split(':')[0]]), [[profile, 'fetch'], ['(same file)', 'filesystem']]);
    assert.deepEqual(findingsIn(results, '/repo/.vscode/mcp.json', 'untrusted-content-with-sensitive-account').map((f) => f.server), ['twilio']);
  });

  it('Gemini CLI: user + project settings, and trust in either', () => {
    const user = `${HOME}/.gemini/settings.json`;
    const results = lintSet([
      { path: user, servers: { fetch: { ...fetch, trust: true } } },
      { path: '/repo/.gemini/settings.json', servers: { filesystem } },
    ]);
    assert.equal(findingsIn(results, user, 'lethal-trifecta').length, 1);
    assert.equal(findingsIn(results, user, 'auto-approve').length, 1);
    assert.equal(findingsIn(results, '/repo/.gemini/settings.json', 'lethal-trifecta').length, 1);
  });

  it('Roo Code: a server disabled in the project file is left out, even if the global file enables it', () => {
    const global = `${HOME}/.config/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json`;
    const results = lintSet([
      { path: global, servers: { fetch, filesystem } },
      { path: '/repo/.roo/mcp.json', servers: { filesystem: { ...filesystem, disabled: true } } },
    ]);
    assert.deepEqual(findingsIn(results, global, ...COMBOS).map((f) => f.message), []);
    assert.deepEqual(findingsIn(results, '/repo/.roo/mcp.json', ...COMBOS).map((f) => f.message), []);
  });

  it('different hosts never share a session', () => {
    const results = lintSet([
      { path: '/repo/.vscode/mcp.json', key: 'servers', servers: { fetch } },
      { path: '/repo/.cursor/mcp.json', servers: { filesystem, twilio } },
    ]);
    assert.equal(findingsIn(results, '/repo/.vscode/mcp.json', ...COMBOS).length, 0);
    assert.deepEqual(findingsIn(results, '/repo/.cursor/mcp.json', ...COMBOS).map((f) => f.ruleId), ['exfiltration-pair', 'exfiltration-pair']);
  });

  it('Claude Code: .mcp.json servers rejected in .claude/settings.local.json are left out', () => {
    const files: SetFile[] = [
      { path: '/repo/.mcp.json', servers: { fetch, filesystem } },
      { path: '/repo/.claude/settings.local.json', text: '{ "disabledMcpjsonServers": ["filesystem"] }\n' },
    ];
    assert.equal(findingsIn(lintSet(files), '/repo/.mcp.json', ...COMBOS).length, 0);
    assert.equal(findingsIn(lintSet([files[0]!]), '/repo/.mcp.json', 'lethal-trifecta').length, 2, 'without the rejection both servers are anchored');
  });

  it('Claude Code managed-mcp.json replaces every other scope', () => {
    const results = lintSet([
      { path: '/etc/claude-code/managed-mcp.json', servers: { time } },
      { path: '/repo/.mcp.json', servers: { fetch, filesystem } },
    ]);
    assert.equal(findingsIn(results, '/repo/.mcp.json', ...COMBOS).length, 0);
  });
});
