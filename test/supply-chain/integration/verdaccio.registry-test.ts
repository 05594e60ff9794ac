/** The npm side of registry pins against a real npm registry (Verdaccio) started on 127.0.0.1, with packages published into it. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { applyFixes, lint } from '../../../server/src/engine/index';
import { createRegistryResolver, packumentUrl } from '../../../server/src/node/registries/index';
import { configFor } from '../../helpers/host-paths';
import { startVerdaccio, type RunningRegistry } from './real-registries';

/** Publishes through the registry API the npm CLI uses (PUT /<name> with the tarball attached). */
async function publish(registry: string, name: string, version: string): Promise<void> {
  const tarball = gzipSync(Buffer.from(`package/package.json ${name}@${version}`));
  const file = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const body = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        name,
        version,
        description: 'fixture for MCP Warden',
        _id: `${name}@${version}`,
        dist: { shasum: createHash('sha1').update(tarball).digest('hex'), tarball: `${registry}${name}/-/${file}` },
      },
    },
    _attachments: { [file]: { content_type: 'application/octet-stream', data: tarball.toString('base64'), length: tarball.length } },
  };
  const response = await fetch(packumentUrl(registry, name), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.ok(response.status === 201 || response.status === 200, `publish ${name}@${version}: ${response.status} ${await response.text()}`);
}

describe('Verdaccio (a real npm registry) on 127.0.0.1', () => {
  let registry: RunningRegistry;
  let workdir: string;
  before(async () => {
    registry = await startVerdaccio();
    workdir = mkdtempSync(join(tmpdir(), 'mcp-warden-verdaccio-work-'));
    await publish(registry.url, 'warden-demo', '1.0.0');
    await publish(registry.url, 'warden-demo', '1.1.0');
    await publish(registry.url, '@warden/scoped-demo', '0.1.0');
  });
  after(async () => {
    await registry?.stop();
    if (workdir) rmSync(workdir, { recursive: true, force: true });
  });

  it('reads the packument of a published package and pins the newest version past the cooldown', async () => {
    const outcome = await createRegistryResolver({ registries: { npm: registry.url }, cooldownDays: 0 }).resolvePin({ ecosystem: 'npm', name: 'warden-demo', versionKind: 'none' }, workdir);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.pin.version, '1.1.0');
    assert.equal(outcome.pin.title, 'Pin to 1.1.0 (published today, not reviewed)');
  });

  it('refuses versions younger than the default 7-day cooldown', async () => {
    const outcome = await createRegistryResolver({ registries: { npm: registry.url } }).resolvePin({ ecosystem: 'npm', name: 'warden-demo', versionKind: 'none' }, workdir);
    assert.ok(!outcome.ok && /7-day cooldown/.test(outcome.reason) && /1.1.0 \(too new\)/.test(outcome.reason), JSON.stringify(outcome));
  });

  it('reads scoped packages and the registry from the project .npmrc', async () => {
    writeFileSync(join(workdir, '.npmrc'), `registry=${registry.url}\nmin-release-age=0\n`);
    const outcome = await createRegistryResolver({ home: workdir }).resolvePin({ ecosystem: 'npm', name: '@warden/scoped-demo', versionKind: 'tag', version: 'latest' }, workdir);
    assert.ok(outcome.ok && outcome.pin.version === '0.1.0' && outcome.pin.cooldown.source.endsWith('.npmrc'), JSON.stringify(outcome));
    rmSync(join(workdir, '.npmrc'));
  });

  it('reports an unknown package as missing', async () => {
    const outcome = await createRegistryResolver({ registries: { npm: registry.url } }).resolvePin({ ecosystem: 'npm', name: 'warden-missing', versionKind: 'none' }, workdir);
    assert.ok(!outcome.ok && outcome.kind === 'not-found', JSON.stringify(outcome));
  });

  it('turns an unpinned-package finding into a registry pin through the engine', async () => {
    const text = configFor('cursor', { demo: { command: 'npx', args: ['-y', 'warden-demo@latest'] } });
    const result = lint({ text, path: join(workdir, '.cursor', 'mcp.json') });
    const finding = result.findings.find((item) => item.ruleId === 'unpinned-package');
    assert.ok(finding);
    const { fix, reason } = await createRegistryResolver({ registries: { npm: registry.url }, cooldownDays: 0 }).registryFix(result, finding, workdir);
    assert.ok(fix, reason);
    assert.equal(applyFixes(text, [fix]).text, configFor('cursor', { demo: { command: 'npx', args: ['-y', 'warden-demo@1.1.0'] } }));
  });
});
