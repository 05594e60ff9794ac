/** Messages stay readable whatever the config holds: long quoted values keep their start and end. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { boundedMessage } from '../../server/src/engine/text/bounded-message';

describe('boundedMessage', () => {
  it('leaves ordinary messages alone, long URLs included', () => {
    const message = `"api" talks to ${'https://example.com/' + 'a'.repeat(120)} over plain HTTP: use https://.`;
    assert.equal(boundedMessage(message), message);
  });
  it('shortens a long value to its start and end, and keeps the words around it', () => {
    const value = `pkg@${'='.repeat(5000)}end`;
    const bounded = boundedMessage(`npx runs "${value}" from a tag. Pin it.`);
    assert.ok(bounded.startsWith(`npx runs "pkg@===`));
    assert.ok(bounded.endsWith('===end" from a tag. Pin it.'));
    assert.ok(bounded.includes('…'));
    assert.ok(bounded.length < 200, `${bounded.length} characters`);
  });
  it('bounds a message of many long words, keeping its beginning and its advice', () => {
    const bounded = boundedMessage(`Start ${'word '.repeat(2000)}Do this.`);
    assert.ok(bounded.length <= 2000);
    assert.ok(bounded.startsWith('Start word'));
    assert.ok(bounded.endsWith('Do this.'));
  });
  it('applies to every finding the engine reports', () => {
    const spec = `@azure/mcp@late${'='.repeat(40_000)}st`;
    const result = lint({ text: JSON.stringify({ servers: { s: { command: 'npx', args: ['-y', spec] } } }), path: '/work/.vscode/mcp.json' });
    const unpinned = result.findings.find((finding) => finding.ruleId === 'unpinned-package');
    assert.ok(unpinned, 'the unpinned package was not reported');
    assert.ok(unpinned.message.length < 1000, `${unpinned.message.length} characters`);
    assert.ok(unpinned.message.includes('"@azure/mcp@late==='));
  });
});
