/** The client's document selector and the manifest readers it is built from. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { documentSelector } from '../../client/src/document-selector';
import { mcpFilePatterns, ruleEntries } from '../../client/src/manifest';
import { readJson } from './repo-files';

const manifest = readJson('package.json');

describe('client document selector', () => {
  const selector = documentSelector(mcpFilePatterns(manifest));

  it('sends every JSON and JSONC file, so the server can detect configs by shape, and no untitled editor', () => {
    for (const language of ['json', 'jsonc']) {
      assert.ok(selector.some((filter) => filter.language === language && filter.scheme === 'file' && !filter.pattern), language);
    }
    assert.ok(selector.every((filter) => filter.scheme === 'file'));
  });

  it('sends TOML and YAML files only by the host file patterns, whatever language VS Code gives them', () => {
    assert.ok(!selector.some((filter) => filter.language && !['json', 'jsonc'].includes(filter.language)), 'no other language is sent whole');
    for (const pattern of ['**/.codex/config.toml', '**/.continue/config.yaml', '**/.mcp-warden.json']) {
      assert.ok(selector.some((filter) => filter.pattern === pattern && filter.scheme === 'file' && filter.language === undefined), pattern);
    }
  });

  it('reads nothing from a manifest without activation events or rules (never throws)', () => {
    assert.deepEqual(mcpFilePatterns({}), []);
    assert.deepEqual(mcpFilePatterns({ activationEvents: 'x' }), []);
    assert.deepEqual(ruleEntries({}), []);
    assert.deepEqual(documentSelector([]).length, 2);
  });

  it('strips the default and link from rule descriptions', () => {
    const entry = ruleEntries(manifest).find((rule) => rule.id === 'unpinned-package');
    assert.ok(entry);
    assert.ok(!/default:|Documentation/.test(entry.description), entry.description);
  });
});
