/** The per-file inventory behind `mcpWarden/inventory` and the lint cache that keeps it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { inventoryOf } from '../../server/src/lsp/inventory';
import { createLintCache, type CachedLint } from '../../server/src/lsp/lint-cache';

function cached(path: string, text: string, version: number | undefined): CachedLint {
  const input = { path, text, homeDir: '/home/u' };
  return { path, uri: `file://${path}`, version, text, result: lint(input), input };
}

// Built at runtime: a webhook whose path is the credential, and a key in the query.
const webhookSecret = ['Zq7', 'Xw2', 'Lm9', 'Rt4', 'Vb8', 'Nc3', 'Kp6', 'Hs1'].join('');
const webhook = `https://hooks.slack.com/services/T0A1B2C3D/B4E5F6G7H/${webhookSecret}`;
const queryKey = ['k9', 'Fq2', 'Lw7', 'Zx4', 'Mn8', 'Tr3'].join('');

describe('lsp: inventory', () => {
  it('never carries a credential of a URL: capability paths redacted, query dropped', () => {
    const text = JSON.stringify({ servers: { hook: { type: 'http', url: webhook }, keyed: { type: 'http', url: `https://mcp.example.com/mcp?api_key=${queryKey}` } } }, null, 2);
    const servers = inventoryOf([cached('/ws/.vscode/mcp.json', text, 1)]);
    const shown = JSON.stringify(servers);
    assert.ok(!shown.includes(webhookSecret), shown);
    assert.ok(!shown.includes(queryKey), shown);
    assert.equal(servers.find((server) => server.name === 'keyed')?.url, 'https://mcp.example.com/mcp?\u2026');
    assert.match(servers.find((server) => server.name === 'hook')?.url ?? '', /^https:\/\/hooks\.slack\.com\/services\/.*\u2026/);
  });

  it('lists each server\'s rules once, in finding order, and only its own', () => {
    const text = JSON.stringify({ servers: { a: { command: 'npx', args: ['-y', 'some-mcp-server'] }, b: { command: 'uvx', args: ['mcp-server-time==2025.8.4'] } } }, null, 2);
    const entry = cached('/ws/.vscode/mcp.json', text, 1);
    const servers = inventoryOf([entry]);
    const expectedOf = (name: string) => [...new Set(entry.result.findings.filter((f) => f.server === name && !f.suppressed).map((f) => f.ruleId))];
    assert.ok(expectedOf('a').includes('unpinned-package'));
    assert.deepEqual(servers.find((server) => server.name === 'a')?.findings, expectedOf('a'));
    assert.deepEqual(servers.find((server) => server.name === 'b')?.findings, expectedOf('b'));
  });

  it('the cache works the inventory out when asked, not on every lint, and keeps it for files that left the LRU', () => {
    let computed = 0;
    const cache = createLintCache((entry) => {
      computed++;
      return inventoryOf([entry]);
    });
    const text = (name: string) => JSON.stringify({ servers: { [name]: { command: 'uvx', args: ['mcp-server-time==2025.8.4'] } } });
    for (let version = 1; version <= 5; version++) cache.set(cached('/ws/.vscode/mcp.json', text(`s${version}`), version));
    assert.equal(computed, 0, 'typing computes no inventory');
    assert.deepEqual(cache.inventory().map((server) => server.name), ['s5']);
    assert.equal(computed, 1);
    cache.inventory();
    assert.equal(computed, 1, 'kept until the next lint');
    for (let index = 0; index < 40; index++) cache.set(cached(`/ws/p${index}/.vscode/mcp.json`, text(`disk${index}`), undefined));
    assert.equal(cache.get('/ws/p0/.vscode/mcp.json'), undefined, 'the oldest closed file left the LRU');
    const names = cache.inventory().map((server) => server.name);
    assert.equal(names.length, 41);
    assert.ok(names.includes('disk0') && names.includes('disk39') && names.includes('s5'));
    cache.delete('/ws/p0/.vscode/mcp.json');
    assert.ok(!cache.inventory().some((server) => server.name === 'disk0'));
  });
});
