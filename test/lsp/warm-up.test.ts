/** The engine warm-up after start: made-up configs that reach the rules, none while real lints run, and an end on shutdown. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, parseDocument } from '../../server/src/engine/index';
import { warmUpConfig, warmUpEngine } from '../../server/src/lsp/warm-up';

describe('lsp: engine warm-up', () => {
  it('lints configs that parse cleanly, differ every round and reach many rules', () => {
    const first = warmUpConfig(0);
    assert.notEqual(first, warmUpConfig(1), 'each round has new names and versions');
    assert.deepEqual(parseDocument(first, 'json').problems.filter((problem) => problem.kind === 'error'), []);
    const result = lint({ text: first, path: '/mcp-warden-warm-up/.vscode/mcp.json' });
    assert.equal(result.host?.id, 'vscode');
    assert.equal(result.config?.servers.length, 10);
    const rules = new Set(result.findings.map((finding) => finding.ruleId));
    assert.ok(rules.size >= 6, `rules reached: ${[...rules].join(', ')}`);
  });

  it('runs the lints asked for, one per event-loop turn, so other work runs between them', async () => {
    let others = 0;
    let running = true;
    const other = (): void => {
      others++;
      if (running) setImmediate(other);
    };
    setImmediate(other);
    const done = await warmUpEngine(5, { busy: () => false, stopped: () => false });
    running = false;
    assert.equal(done, 5);
    assert.ok(others >= 4, `other work ran ${others} times during 5 warm-up lints`);
  });

  it('waits while a real lint is due and ends when the server stops', async () => {
    let busyChecks = 0;
    const waited = await warmUpEngine(3, { busy: () => ++busyChecks <= 4, stopped: () => false });
    assert.equal(waited, 3);
    assert.ok(busyChecks >= 7, `busy was asked ${busyChecks} times: once per pause, then once per lint`);
    let stopAfter = 2;
    const stopped = await warmUpEngine(100, { busy: () => false, stopped: () => stopAfter-- <= 0 });
    assert.ok(stopped < 3, `ran ${stopped} lints after stop was asked`);
  });
});
