/** The hover card on a server's name, with combinations across the cached files of the same host. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import type { CachedLint } from '../../server/src/lsp/lint-cache';
import { serverHoverAt } from '../../server/src/lsp/server-hover';
import { HOME } from '../helpers/host-paths';

function cached(path: string, text: string): CachedLint {
  const input = { path, text, homeDir: HOME };
  return { path, uri: `file://${path}`, version: 1, text, result: lint(input), input };
}

describe('server hover', () => {
  const user = cached(`${HOME}/.cursor/mcp.json`, JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] } } }, null, 2));
  const projectText = JSON.stringify({ mcpServers: { filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] }, slack: { command: 'npx', args: ['-y', 'slack-mcp-server@1.1.24'], env: { SLACK_BOT_TOKEN: '${env:SLACK_BOT_TOKEN}' } } } }, null, 2);
  const project = cached('/repo/.cursor/mcp.json', projectText);
  const vscode = cached('/repo/.vscode/mcp.json', JSON.stringify({ servers: { other: { command: 'uvx', args: ['mcp-server-time==2025.8.4'] } } }, null, 2));

  it('shows the card of the server under the cursor, with combinations through the user-level file', () => {
    const card = serverHoverAt(project, projectText.indexOf('"slack"') + 2, [user, project, vscode]);
    assert.ok(card);
    assert.match(card, /^#### slack/);
    assert.match(card, /known server `slack-korotovsky`/);
    assert.match(card, /\*\*Secrets \(names only\):\*\* `SLACK_BOT_TOKEN`/);
    assert.match(card, /\*\*Lethal trifecta\*\* \(high\): slack alone has all three legs/);
    const files = serverHoverAt(project, projectText.indexOf('"filesystem"') + 2, [user, project, vscode]);
    assert.match(files ?? '', /\*\*Lethal trifecta\*\* \(high\): untrusted content read by fetch can instruct the model to read private data through filesystem and send it out through fetch/);
  });

  it('is empty away from a server name', () => {
    assert.equal(serverHoverAt(project, projectText.indexOf('"args"') + 1, [user, project]), undefined);
  });
});
