/**
 * The engine keeps nothing of a lint once its result is dropped: a language server lints many documents, and a closed
 * 1 MB config must not stay in memory through the analyses the rules shared while linting it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint, lintFiles } from '../../server/src/engine';
import { buildFakeSecrets } from '../helpers/fake-secrets';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (() => void) | undefined;
if (typeof collectGarbage !== 'function') throw new Error('retention tests need a garbage collector to call: --expose-gc was refused');

/** A config every shared analysis has something to keep for: secrets, input references and a risky combination. */
function configText(): string {
  const token = buildFakeSecrets().find((fake) => fake.place === 'env');
  assert.ok(token, 'no env-shaped fake secret');
  return JSON.stringify({
    inputs: [{ id: 'api-key', type: 'promptString', password: true }],
    servers: {
      github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { [token.name]: token.value } },
      fetch: { command: 'uvx', args: ['mcp-server-fetch'], env: { KEY: '${input:api-key}' } },
      filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/'] },
    },
  }, null, 2);
}

async function isCollected(target: WeakRef<object>): Promise<boolean> {
  for (let round = 0; round < 5; round++) {
    // A WeakRef's target stays alive until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage?.();
    if (target.deref() === undefined) return true;
  }
  return false;
}

describe('what a lint leaves behind', () => {
  it('keeps no config, tree or finding alive once the result is dropped', async () => {
    const refs = ((): WeakRef<object>[] => {
      const result = lint({ text: configText(), path: '/work/.vscode/mcp.json' });
      assert.ok(result.config, 'the config was not read');
      assert.ok(result.findings.some((finding) => finding.ruleId === 'literal-secret'), 'the secret analysis did not run');
      assert.ok(result.findings.some((finding) => finding.ruleId === 'lethal-trifecta' || finding.ruleId === 'exfiltration-pair'), 'the combination analysis did not run');
      return [new WeakRef(result.config), new WeakRef(result.document), new WeakRef(result.findings)];
    })();
    for (const ref of refs) assert.ok(await isCollected(ref), 'a part of the dropped lint result is still reachable');
  });

  it('keeps nothing of a session of several files either', async () => {
    const refs = ((): WeakRef<object>[] => {
      const results = lintFiles([
        { text: configText(), path: '/work/.vscode/mcp.json' },
        { text: configText(), path: '/work/.cursor/mcp.json' },
      ]);
      return results.map((result) => {
        assert.ok(result.config, `${result.path} was not read`);
        return new WeakRef(result.config);
      });
    })();
    assert.equal(refs.length, 2);
    for (const ref of refs) assert.ok(await isCollected(ref), 'a config of the dropped session is still reachable');
  });
});
