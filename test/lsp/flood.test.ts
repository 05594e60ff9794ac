/** Protocol test: 200 rapid edits end in diagnostics equal to a fresh lint of the final text, and nothing stale is published after. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { freshDiagnostics, publishedDiagnostics } from './fresh-lint';
import { startHarness, tempFolder, uriOf } from './lsp-harness';

const EDITS = 200;

function textAt(step: number): string {
  // Alternate between pinned, unpinned and ranged versions, and grow/shrink a server list, so findings change every step.
  const versions = ['', '@1.2.3', '@^1', '@latest'];
  const servers = Array.from({ length: (step % 5) + 1 }, (_, index) =>
    `    "s${index}": { "command": "npx", "args": ["-y", "some-mcp-server-${index}${versions[(step + index) % versions.length]}"] }`);
  return `{\n  "servers": {\n${servers.join(',\n')}\n  }\n}\n`;
}

describe('lsp: a flood of edits', () => {
  it(`publishes the lint of the final text after ${EDITS} rapid edits, never an older version after a newer one`, async () => {
    const workspace = tempFolder('flood');
    mkdirSync(join(workspace, '.vscode'));
    const path = join(workspace, '.vscode', 'mcp.json');
    const uri = uriOf(path);
    const harness = await startHarness({ workspace });
    try {
      harness.open(uri, textAt(0), 1);
      await harness.diagnostics(uri, (params) => params.version === 1);
      for (let step = 1; step <= EDITS; step++) harness.change(uri, step + 1, [{ text: textAt(step) }]);
      const final = await harness.diagnostics(uri, (params) => params.version === EDITS + 1);

      const expected = freshDiagnostics(textAt(EDITS), path, harness.home);
      const actual = publishedDiagnostics(final);
      assert.ok(expected.length > 0, 'the final text has findings');
      assert.deepEqual(actual, expected);

      // Debounced: far fewer lints than edits; versions only go up.
      const versions = harness.publishes.filter((params) => params.uri === uri).map((params) => params.version ?? 0);
      assert.ok(versions.length < 20, `${versions.length} publishes for ${EDITS} edits`);
      for (let i = 1; i < versions.length; i++) assert.ok((versions[i] ?? 0) >= (versions[i - 1] ?? 0), `stale publish: ${versions.join(',')}`);
      // Nothing arrives after the final version.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const latest = harness.publishes.filter((params) => params.uri === uri).at(-1);
      assert.equal(latest?.version, EDITS + 1);
    } finally {
      await harness.dispose();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
