/** The OCI side of registry pins against Debian's docker-registry (CNCF distribution) on 127.0.0.1, with images pushed through its API. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { applyFixes, lint } from '../../../server/src/engine/index';
import { createRegistryResolver } from '../../../server/src/node/registries/index';
import { configFor } from '../../helpers/host-paths';
import { startDistributionRegistry, type RunningRegistry } from './real-registries';

const DAY = 86_400_000;
const digestOf = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** Monolithic blob upload: POST /blobs/uploads/, then PUT <location>?digest=. */
async function pushBlob(base: string, repository: string, data: Buffer): Promise<string> {
  const digest = digestOf(data);
  const start = await fetch(`${base}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  assert.equal(start.status, 202, `start upload: ${start.status}`);
  const location = new URL(start.headers.get('location') ?? '', base);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: data });
  assert.equal(put.status, 201, `finish upload: ${put.status} ${await put.text()}`);
  return digest;
}

/** Pushes an image whose config says it was created `daysAgo`; returns the manifest digest the registry reports. */
async function pushImage(base: string, repository: string, tag: string, daysAgo: number): Promise<string> {
  const tar = Buffer.alloc(1024);
  const layer = gzipSync(tar);
  const layerDigest = await pushBlob(base, repository, layer);
  const config = Buffer.from(JSON.stringify({
    created: new Date(Date.now() - daysAgo * DAY).toISOString(),
    architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [digestOf(tar)] },
  }));
  const configDigest = await pushBlob(base, repository, config);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: configDigest },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: layerDigest }],
  });
  const response = await fetch(`${base}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT', headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json' }, body: manifest,
  });
  assert.equal(response.status, 201, `push manifest: ${response.status} ${await response.text()}`);
  const digest = response.headers.get('docker-content-digest');
  assert.equal(digest, digestOf(Buffer.from(manifest)));
  return digest as string;
}

describe("Debian's docker-registry (CNCF distribution) on 127.0.0.1", () => {
  let registry: RunningRegistry;
  let workdir: string;
  const digests: Record<string, string> = {};
  before(async () => {
    registry = await startDistributionRegistry();
    workdir = mkdtempSync(join(tmpdir(), 'mcp-warden-distribution-work-'));
    digests['1.0'] = await pushImage(registry.url, 'mcp/warden-demo', '1.0', 30);
    digests['1.1'] = await pushImage(registry.url, 'mcp/warden-demo', '1.1', 2);
    digests.latest = await pushImage(registry.url, 'mcp/warden-demo', 'latest', 2);
  });
  after(async () => {
    await registry?.stop();
    if (workdir) rmSync(workdir, { recursive: true, force: true });
  });
  const resolver = (cooldownDays?: number) => createRegistryResolver({ registries: { oci: registry.url }, ...(cooldownDays !== undefined ? { cooldownDays } : {}) });

  it('lists tags, skips the image pushed inside the cooldown and pins the older tag by digest', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'oci', name: 'mcp/warden-demo', versionKind: 'none' }, workdir);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.pin.version, `1.0@${digests['1.0']}`);
    assert.match(outcome.pin.title, /\(pushed 30 days ago, not reviewed\)$/);
  });

  it('without a cooldown, pins the newest version tag', async () => {
    const outcome = await resolver(0).resolvePin({ ecosystem: 'oci', name: 'mcp/warden-demo', versionKind: 'tag', version: 'latest' }, workdir);
    assert.ok(outcome.ok && outcome.pin.version === `1.1@${digests['1.1']}`, JSON.stringify(outcome));
  });

  it('pins an explicit tag to the digest the registry reports for it (HEAD with manifest Accept headers)', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'oci', name: 'mcp/warden-demo', versionKind: 'exact', version: '1.1' }, workdir);
    assert.ok(outcome.ok && outcome.pin.version === `1.1@${digests['1.1']}`, JSON.stringify(outcome));
  });

  it('reports an unknown repository', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'oci', name: 'mcp/nothing-here', versionKind: 'none' }, workdir);
    assert.ok(!outcome.ok && outcome.kind === 'not-found', JSON.stringify(outcome));
  });

  it('turns a docker run finding into image:tag@sha256 through the engine', async () => {
    const text = configFor('claude-code', { demo: { command: 'docker', args: ['run', '-i', '--rm', 'mcp/warden-demo'] } });
    const result = lint({ text, path: join(workdir, '.mcp.json') });
    const finding = result.findings.find((item) => item.ruleId === 'unpinned-package');
    assert.ok(finding);
    const { fix, reason } = await resolver().registryFix(result, finding, workdir);
    assert.ok(fix, reason);
    const fixed = applyFixes(text, [fix]).text;
    assert.equal(fixed, configFor('claude-code', { demo: { command: 'docker', args: ['run', '-i', '--rm', `mcp/warden-demo:1.0@${digests['1.0']}`] } }));
    assert.deepEqual(lint({ text: fixed, path: join(workdir, '.mcp.json') }).findings.filter((item) => item.ruleId === 'unpinned-package'), []);
  });
});
