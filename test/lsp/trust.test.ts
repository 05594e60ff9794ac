/** Protocol tests: in an untrusted workspace the workspace's own suppressions and policy hide nothing. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FULL_CAPABILITIES, startHarness, tempFolder, uriOf } from './lsp-harness';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('lsp: workspace trust', () => {
  let workspace: string;
  let cursorUri: string;
  let vscodeUri: string;

  before(() => {
    workspace = tempFolder('trust');
    write(join(workspace, '.cursor', 'mcp.json'), '{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] } } }\n');
    write(join(workspace, '.vscode', 'mcp.json'), [
      '{',
      '  "servers": {',
      '    // mcp-warden-ignore[unpinned-package] we trust whatever is published',
      '    "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }',
      '  }',
      '}',
      '',
    ].join('\n'));
    write(join(workspace, '.mcp-warden.json'), JSON.stringify({ ignores: [{ rule: 'unpinned-package', file: '.cursor/mcp.json', reason: 'nothing to see' }] }));
    cursorUri = uriOf(join(workspace, '.cursor', 'mcp.json'));
    vscodeUri = uriOf(join(workspace, '.vscode', 'mcp.json'));
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('a trusted workspace honours its policy file and inline suppressions (and reports scan progress)', async () => {
    const harness = await startHarness({ workspace, capabilities: { ...FULL_CAPABILITIES, window: { ...FULL_CAPABILITIES.window, workDoneProgress: true } } });
    try {
      assert.deepEqual(harness.progress.map((item) => item.value.kind).filter((kind) => kind !== 'report'), ['begin', 'end']);
      assert.equal(harness.progress[0]?.value.title, 'MCP Warden');
      assert.deepEqual((await harness.diagnostics(cursorUri)).diagnostics, []);
      assert.deepEqual((await harness.diagnostics(vscodeUri)).diagnostics, []);
    } finally {
      await harness.dispose();
    }
  });

  it('an untrusted workspace ignores them, until the client says it is trusted', async () => {
    const harness = await startHarness({ workspace, initializationOptions: { workspaceTrusted: false } });
    try {
      assert.deepEqual((await harness.diagnostics(cursorUri)).diagnostics.map((d) => d.code), ['unpinned-package']);
      assert.deepEqual((await harness.diagnostics(vscodeUri)).diagnostics.map((d) => d.code), ['unpinned-package']);
      void harness.connection.sendNotification('mcpWarden/workspaceTrust', { trusted: true });
      assert.deepEqual((await harness.diagnostics(cursorUri, (params) => params.diagnostics.length === 0)).diagnostics, []);
      assert.deepEqual((await harness.diagnostics(vscodeUri, (params) => params.diagnostics.length === 0)).diagnostics, []);
    } finally {
      await harness.dispose();
    }
  });
});
