/** The language server's inventory report: every cached file, paths relative to the workspace folder. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { inventoryMarkdown } from '../../server/src/lsp/inventory-markdown';
import { HOME } from '../helpers/host-paths';

describe('language server inventory report', () => {
  it('renders every cached file with workspace-relative paths', () => {
    const text = JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] }, filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/ws/app'] }, slack: { command: 'npx', args: ['-y', 'slack-mcp-server@1.1.24'] } } }, null, 2);
    const path = '/ws/app/.cursor/mcp.json';
    const markdown = inventoryMarkdown([{ path, result: lint({ path, text, homeDir: HOME }) }], ['/ws/app']);
    assert.match(markdown, /Files: `\.cursor\/mcp\.json`/);
    assert.match(markdown, /## Cursor, project \/ws\/app/);
    assert.match(markdown, /```mermaid/);
  });
});
