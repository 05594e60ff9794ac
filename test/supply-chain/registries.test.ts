/**
 * Registry pins against loopback servers speaking the npm, PyPI and OCI APIs: cooldown, withdrawn versions, advisories,
 * 404, slow servers, offline mode, caches, workspace settings, and the fix built through the engine.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyFixes, lint } from '../../server/src/engine/index';
import {
  createHttpClient, createRegistryResolver, locateImage, markReviewedText, parseBearerChallenge, parseRegistryFlag,
  parseUvExcludeNewer, reviewedKeyOf, reviewedVersionOf, workspaceCooldown,
} from '../../server/src/node/registries/index';
import { configFor } from '../helpers/host-paths';
import { DAY, startNpmRegistry, startOciRegistry, startPypiRegistry, startSlowServer, type FakeRegistry } from './fake-registries';

const NOW = Date.parse('2026-11-24T08:00:00Z');
const now = (): number => NOW;

describe('registry pins on loopback registries', () => {
  let npm: FakeRegistry;
  let pypi: FakeRegistry;
  let oci: FakeRegistry & { digests: Record<string, string> };
  let workdir: string;
  before(async () => {
    [npm, pypi, oci] = await Promise.all([startNpmRegistry(NOW), startPypiRegistry(NOW), startOciRegistry(NOW)]);
    workdir = mkdtempSync(join(tmpdir(), 'mcp-warden-registries-'));
  });
  after(async () => {
    await Promise.all([npm.close(), pypi.close(), oci.close()]);
    rmSync(workdir, { recursive: true, force: true });
  });
  const resolver = (extra: Parameters<typeof createRegistryResolver>[0] = {}) =>
    createRegistryResolver({ registries: { npm: npm.url, pypi: pypi.url, oci: oci.url }, now, home: workdir, ...extra });

  it('npm: newest version past the 7-day cooldown, skipping the one from yesterday, a deprecated one and a pre-release', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, workdir);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.pin.version, '1.1.0');
    assert.equal(outcome.pin.title, 'Pin to 1.1.0 (published 12 days ago, not reviewed)');
  });

  it('npm: scoped names travel as @scope%2fname', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'npm', name: '@fixture/scoped', versionKind: 'tag', version: 'latest' }, workdir);
    assert.ok(outcome.ok);
    assert.equal(outcome.pin.version, '0.2.0');
    assert.ok(npm.requests.includes('GET /@fixture%2Fscoped'), npm.requests.join('\n'));
  });

  it('npm: versions with an advisory are never proposed', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'npm', name: 'mcp-remote', versionKind: 'none' }, workdir);
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && /0.1.16 \(too new\).*0.1.15 \(advisory\).*0.1.14 \(advisory\)/.test(outcome.reason), !outcome.ok ? outcome.reason : '');
  });

  it('npm: a 404 is reported as a missing package', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'npm', name: 'no-such-package', versionKind: 'none' }, workdir);
    assert.deepEqual(outcome.ok ? 'ok' : [outcome.kind, /no-such-package does not exist/.test(outcome.reason)], ['not-found', true]);
  });

  it('PyPI: skips yanked releases, pre-releases and empty releases', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, workdir);
    assert.ok(outcome.ok);
    assert.equal(outcome.pin.title, 'Pin to 1.0.1 (published 15 days ago, not reviewed)');
  });

  it('PyPI: compares per PEP 440 and checks advisories', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'pypi', name: 'mcp-server-git', versionKind: 'none' }, workdir);
    assert.ok(outcome.ok);
    assert.equal(outcome.pin.version, '2026.1.14');
  });

  it('OCI: anonymous token flow, newest version tag past the cooldown, pinned by digest', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'oci', name: 'mcp/fetch', versionKind: 'none' }, workdir);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.pin.version, `1.1@${oci.digests['1.1']}`);
    assert.match(outcome.pin.title, /^Pin to 1\.1@sha256:[0-9a-f]{12}… \(pushed 12 days ago, not reviewed\)$/);
    assert.ok(oci.requests.some((line) => line.startsWith('GET /token?')), 'token endpoint was used');
  });

  it('OCI: an explicit tag is pinned to its current digest', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'oci', name: 'mcp/fetch', versionKind: 'exact', version: '1.2' }, workdir);
    assert.ok(outcome.ok);
    assert.equal(outcome.pin.version, `1.2@${oci.digests['1.2']}`);
  });

  it('OCI: an unknown repository is a clear 404', async () => {
    const outcome = await resolver().resolvePin({ ecosystem: 'oci', name: 'mcp/unknown', versionKind: 'none' }, workdir);
    assert.equal(outcome.ok, false);
  });

  it('a slow server fails with a timeout message, not a hang', async () => {
    const slow = await startSlowServer(5000);
    try {
      const started = Date.now();
      const outcome = await createRegistryResolver({ registries: { npm: slow.url }, timeoutMs: 300, now }).resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, workdir);
      assert.ok(Date.now() - started < 3000, 'did not time out');
      assert.deepEqual(outcome.ok ? 'ok' : [outcome.kind, /did not answer within 0.3 s/.test(outcome.reason)], ['timeout', true]);
    } finally {
      await slow.close();
    }
  });

  it('an unreachable registry says so (offline)', async () => {
    const outcome = await createRegistryResolver({ registries: { npm: 'http://127.0.0.1:9/' }, now }).resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, workdir);
    assert.ok(!outcome.ok && outcome.kind === 'offline' && /cannot reach 127.0.0.1:9.*offline/.test(outcome.reason), JSON.stringify(outcome));
  });

  it('offline mode never touches the network', async () => {
    const before = npm.requests.length;
    const outcome = await resolver({ offline: true }).resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, workdir);
    assert.ok(!outcome.ok && outcome.kind === 'offline');
    assert.equal(npm.requests.length, before);
  });

  it('caches answers in memory and on disk for an hour', async () => {
    const cacheDir = join(workdir, 'cache');
    const first = resolver({ cacheDir });
    const before = pypi.requests.length;
    await first.resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, workdir);
    await first.resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, workdir);
    assert.equal(pypi.requests.length, before + 1, 'second look-up came from memory');
    const fresh = await resolver({ cacheDir }).resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, workdir);
    assert.ok(fresh.ok);
    assert.equal(pypi.requests.length, before + 1, 'a new process read the disk cache');
    const later = (): number => NOW + 2 * 60 * 60 * 1000;
    await createRegistryResolver({ registries: { pypi: pypi.url }, cacheDir, now: later }).resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, workdir);
    assert.equal(pypi.requests.length, before + 2, 'an entry older than an hour is fetched again');
  });

  it('honours the workspace cooldown: .npmrc min-release-age, pnpm minimumReleaseAge, uv exclude-newer; --cooldown wins', async () => {
    const project = mkdtempSync(join(workdir, 'project-'));
    writeFileSync(join(project, '.npmrc'), 'min-release-age=0\n');
    let outcome = await resolver().resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, project);
    assert.ok(outcome.ok && outcome.pin.version === '1.2.0' && outcome.pin.cooldown.source.endsWith('.npmrc'));
    rmSync(join(project, '.npmrc'));
    writeFileSync(join(project, 'pnpm-workspace.yaml'), 'packages: []\nminimumReleaseAge: 20160\n');
    outcome = await resolver().resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, join(project));
    assert.ok(outcome.ok && outcome.pin.version === '1.0.0', JSON.stringify(outcome));
    writeFileSync(join(project, 'pyproject.toml'), '[project]\nname = "x"\n\n[tool.uv]\nexclude-newer = "20 days"\n');
    outcome = await resolver().resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, project);
    assert.ok(outcome.ok && outcome.pin.version === '1.0.0', JSON.stringify(outcome));
    outcome = await resolver({ cooldownDays: 0 }).resolvePin({ ecosystem: 'pypi', name: 'fixture-py', versionKind: 'none' }, project);
    assert.ok(outcome.ok && outcome.pin.version === '1.2.0', JSON.stringify(outcome));
    assert.equal(workspaceCooldown('pypi', project, NOW)?.days, 20);
    assert.equal(parseUvExcludeNewer('2026-11-10T08:00:00Z', NOW), 14);
    assert.equal(parseUvExcludeNewer('1 week', NOW), 7);
  });

  it('reads the npm registry from the project .npmrc when no flag or setting names one', async () => {
    const project = mkdtempSync(join(workdir, 'npmrc-'));
    writeFileSync(join(project, '.npmrc'), `# company mirror\nregistry=${npm.url}\n`);
    const outcome = await createRegistryResolver({ now, home: workdir }).resolvePin({ ecosystem: 'npm', name: 'fixture-pkg', versionKind: 'none' }, project);
    assert.ok(outcome.ok && outcome.pin.version === '1.1.0', JSON.stringify(outcome));
  });

  it('builds the unsafe fix for an unpinned-package finding through the engine; only package names leave the machine', async () => {
    const secret = ['sk', 'live', 'FAKE', 'x'.repeat(8)].join('_');
    const servers = {
      tools: { command: 'npx', args: ['-y', 'fixture-pkg', '/home/dev/private-folder'], env: { API_KEY: secret } },
      py: { command: 'uvx', args: ['fixture-py'] },
      image: { command: 'docker', args: ['run', '-i', '--rm', '-e', `TOKEN=${secret}`, 'mcp/fetch'] },
    };
    const text = configFor('vscode', servers);
    const result = lint({ text, path: join(workdir, '.vscode', 'mcp.json') });
    const findings = result.findings.filter((finding) => finding.ruleId === 'unpinned-package');
    assert.equal(findings.length, 3);
    const fixes = [];
    for (const finding of findings) {
      const { fix, reason } = await resolver().registryFix(result, finding, workdir);
      assert.ok(fix, reason);
      assert.equal(fix.safe, false);
      fixes.push(fix);
    }
    const fixed = applyFixes(text, fixes).text;
    assert.equal(fixed, configFor('vscode', {
      tools: { ...servers.tools, args: ['-y', 'fixture-pkg@1.1.0', '/home/dev/private-folder'] },
      py: { command: 'uvx', args: ['fixture-py@1.0.1'] },
      image: { command: 'docker', args: ['run', '-i', '--rm', '-e', `TOKEN=${secret}`, `mcp/fetch:1.1@${oci.digests['1.1']}`] },
    }));
    const sent = [...npm.requests, ...pypi.requests, ...oci.requests].join('\n');
    assert.ok(!sent.includes(secret) && !sent.includes('private-folder') && !sent.includes('TOKEN'), sent);
    const after = lint({ text: fixed, path: join(workdir, '.vscode', 'mcp.json') });
    assert.deepEqual(after.findings.filter((finding) => finding.ruleId === 'unpinned-package').map((finding) => finding.message), []);
  });
});

describe('registry helpers', () => {
  it('locates images on Docker Hub, ghcr.io and an override', () => {
    assert.deepEqual(locateImage('nginx'), { baseUrl: 'https://registry-1.docker.io', repository: 'library/nginx' });
    assert.deepEqual(locateImage('mcp/fetch'), { baseUrl: 'https://registry-1.docker.io', repository: 'mcp/fetch' });
    assert.deepEqual(locateImage('ghcr.io/github/github-mcp-server'), { baseUrl: 'https://ghcr.io', repository: 'github/github-mcp-server' });
    assert.deepEqual(locateImage('localhost:5000/x/y'), { baseUrl: 'http://localhost:5000', repository: 'x/y' });
    assert.deepEqual(locateImage('ghcr.io/a/b', 'http://127.0.0.1:1/'), { baseUrl: 'http://127.0.0.1:1', repository: 'a/b' });
  });

  it('parses bearer challenges of Docker Hub and ghcr.io', () => {
    assert.deepEqual(parseBearerChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:mcp/fetch:pull"'), {
      realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:mcp/fetch:pull',
    });
    assert.deepEqual(parseBearerChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:github/github-mcp-server:pull"')?.service, 'ghcr.io');
    assert.equal(parseBearerChallenge('Basic realm="x"'), undefined);
  });

  it('parses --registry flags and rejects anything else', () => {
    assert.deepEqual(parseRegistryFlag('oci=http://127.0.0.1:5000', parseRegistryFlag('npm=https://npm.example.com/')), { npm: 'https://npm.example.com/', oci: 'http://127.0.0.1:5000' });
    assert.throws(() => parseRegistryFlag('maven=https://x'), /npm=URL, pypi=URL or oci=URL/);
    assert.throws(() => parseRegistryFlag('npm=file:///etc'), /not an http/);
  });

  it('marks a version as reviewed, creating the policy file or keeping its comments', () => {
    const created = markReviewedText(undefined, 'npm:fixture-pkg', { version: '1.1.0', date: '2026-11-24', by: 'sam' });
    assert.deepEqual(JSON.parse(created), { reviewed: { 'npm:fixture-pkg': [{ version: '1.1.0', date: '2026-11-24', by: 'sam' }] } });
    const existing = '{\n  // team policy\n  "profile": "pedantic",\n  "reviewed": {\n    "npm:fixture-pkg": [{ "version": "1.0.0", "date": "2026-01-01" }]\n  }\n}\n';
    const appended = markReviewedText(existing, 'npm:fixture-pkg', { version: '1.1.0', date: '2026-11-24' });
    assert.ok(appended.includes('// team policy'));
    assert.match(appended, /"version": "1.0.0"[\s\S]*"version": "1.1.0"/);
    const again = markReviewedText(appended, 'npm:fixture-pkg', { version: '1.1.0', date: '2026-12-01' });
    assert.equal((again.match(/"1.1.0"/g) ?? []).length, 1, 're-review updates the entry');
    assert.ok(again.includes('2026-12-01'));
    const other = markReviewedText(existing, 'pypi:fixture-py', { version: '1.0.1', date: '2026-11-24' });
    assert.match(other, /"pypi:fixture-py": \[/);
    assert.throws(() => markReviewedText('{ "reviewed": ', 'npm:x', { version: '1' }), /does not parse/);
    assert.equal(reviewedKeyOf({ ecosystem: 'oci', name: 'mcp/fetch' }), 'oci:mcp/fetch');
    assert.equal(reviewedVersionOf({ ecosystem: 'pypi', version: '==1.0.1' }), '1.0.1');
    assert.equal(reviewedVersionOf({ ecosystem: 'oci', version: '1.1', digest: 'sha256:ab' }), '1.1@sha256:ab');
  });

  it('the HTTP client refuses in offline mode without a request', async () => {
    await assert.rejects(createHttpClient({ offline: true }).request('http://127.0.0.1:9/x'), /offline mode/);
  });

  it('DAY is one day', () => assert.equal(DAY, 86_400_000));
});
