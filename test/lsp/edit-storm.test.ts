/**
 * LSP edit storms: seeded random sequences of incremental edits (inserts, deletes, replacements of JSON tokens) sent
 * through the real server, some in bursts and some with pauses that let lints publish mid-storm. The final diagnostics
 * equal a fresh lint of the final text, versions never go backwards, and the server survives.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, createLineIndex } from '../../server/src/engine/index';
import { freshDiagnostics, publishedDiagnostics } from './fresh-lint';
import { createPrng } from '../helpers/prng';
import { startHarness, tempFolder, uriOf } from './lsp-harness';

const EDITS_PER_STORM = 120;
// STORM_SEEDS=4,5,6 runs other storms (longer hunts than CI's three).
const SEEDS = process.env.STORM_SEEDS ? process.env.STORM_SEEDS.split(',').map(Number) : [1, 2, 3];
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '"npx"', '"-y"', '"pkg@^1"', '"@scope/server"', '"${input:token}"', '"http://10.0.0.5/mcp"', '\n', '  ', '// note\n', 'null', '"env": {}', '"command": "uvx"'];

const START = `{
  // edit storm
  "servers": {
    "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/"] },
    "remote": { "type": "http", "url": "http://10.1.2.3/mcp", "headers": { "Authorization": "Bearer \${input:token}" } },
    "py": { "command": "uvx", "args": ["mcp-server-fetch"] }
  },
  "inputs": [{ "type": "promptString", "id": "token", "password": true }]
}
`;

describe('lsp: random edit storms', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${EDITS_PER_STORM} random incremental edits end in a fresh lint of the final text`, async () => {
      const workspace = tempFolder(`storm-${seed}`);
      mkdirSync(join(workspace, '.vscode'));
      const path = join(workspace, '.vscode', 'mcp.json');
      const uri = uriOf(path);
      const harness = await startHarness({ workspace });
      const prng = createPrng(seed);
      let text = START;
      try {
        harness.open(uri, text, 1);
        await harness.diagnostics(uri, (params) => params.version === 1);
        for (let step = 1; step <= EDITS_PER_STORM; step++) {
          const start = prng.int(text.length + 1);
          const end = Math.min(text.length, start + (prng.next() < 0.5 ? 0 : prng.int(12)));
          const newText = prng.next() < 0.3 ? '' : prng.pick(TOKENS);
          const range = createLineIndex(text).rangeOf({ offset: start, length: end - start });
          harness.change(uri, step + 1, [{ range, text: newText }]);
          text = applyEdits(text, [{ offset: start, length: end - start, content: newText }]);
          if (prng.next() < 0.05) await new Promise((resolve) => setTimeout(resolve, 100 + prng.int(200)));
        }
        const finalVersion = EDITS_PER_STORM + 1;
        const final = await harness.diagnostics(uri, (params) => params.version === finalVersion, 20_000);

        const expected = freshDiagnostics(text, path, harness.home);
        const actual = publishedDiagnostics(final);
        assert.ok(expected.length > 0, `seed ${seed}: the final text has findings to compare`);
        assert.deepEqual(actual, expected, `seed ${seed}: final diagnostics differ from a fresh lint of the final text`);

        const versions = harness.publishes.filter((params) => params.uri === uri).map((params) => params.version ?? 0);
        for (let i = 1; i < versions.length; i++) assert.ok((versions[i] ?? 0) >= (versions[i - 1] ?? 0), `stale publish: ${versions.join(',')}`);
        assert.equal(harness.process.exitCode, null, `the server exited: ${harness.stderr()}`);
      } finally {
        await harness.dispose();
        rmSync(workspace, { recursive: true, force: true });
      }
    });
  }
});
