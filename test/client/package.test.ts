/** The .vsix: exactly the bundles, rule docs, schemas, icon, README, CHANGELOG and LICENSE; small; vsce's secret scan runs. */
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, readZip, type ZipEntry } from './repo-files';

const MAX_VSIX_BYTES = 500 * 1024;

function pack(cwd: string, out: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/pack-vsix.mjs'), '--cwd', cwd, '--out', out], { encoding: 'utf8', timeout: 120000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the packaged extension (.vsix)', () => {
  let tmp = '';
  let vsix = '';
  let entries: ZipEntry[] = [];

  before(() => {
    for (const bundle of ['dist/extension.js', 'dist/server.js']) {
      assert.ok(existsSync(join(REPO_ROOT, bundle)), `${bundle} is missing: run "npm run build" before the tests (npm test does)`);
    }
    tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-vsix-'));
    vsix = join(tmp, 'mcp-warden.vsix');
    const result = pack(REPO_ROOT, vsix);
    assert.equal(result.status, 0, `packing failed (vsce validation or secret scan):\n${result.output}`);
    entries = readZip(readFileSync(vsix));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('holds exactly the expected files', () => {
    const schemas = readdirSync(join(REPO_ROOT, 'schemas')).filter((file) => file.endsWith('.schema.json')).map((file) => `extension/schemas/${file}`);
    // every rule page on disk (test/catalog.test.ts checks there is one per registered rule)
    const docs = readdirSync(join(REPO_ROOT, 'docs/rules')).filter((file) => file.endsWith('.md')).map((file) => `extension/docs/rules/${file}`);
    const expected = ['extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json', 'extension/readme.md', 'extension/changelog.md',
      'extension/LICENSE.txt', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/images/icon.png', ...schemas, ...docs];
    assert.deepEqual(entries.map((entry) => entry.name).sort(), expected.sort());
  });

  it('ships no CLI bundle, source map, test, fixture or source file', () => {
    const stray = entries.map((entry) => entry.name).filter((name) => /cli\.js|\.map$|\/test\/|fixtures|\.ts$|node_modules|\.vscode-test|\.cache/.test(name));
    assert.deepEqual(stray, []);
  });

  it(`stays under ${MAX_VSIX_BYTES / 1024} KB`, () => {
    const size = statSync(vsix).size;
    assert.ok(size < MAX_VSIX_BYTES, `the .vsix is ${(size / 1024).toFixed(0)} KB`);
  });

  it('carries the manifest VS Code needs (entry point, activation, trust)', () => {
    const manifest = JSON.parse(entries.find((entry) => entry.name === 'extension/package.json')?.read().toString('utf8') ?? '{}') as Record<string, unknown>;
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(Array.isArray(manifest.activationEvents) && manifest.activationEvents.length > 10);
    const vsixManifest = entries.find((entry) => entry.name === 'extension.vsixmanifest')?.read().toString('utf8') ?? '';
    assert.match(vsixManifest, /Id="mcp-warden"/);
    assert.match(vsixManifest, /Publisher="mcp-warden"/);
  });

  it('is refused by vsce when a file would leak a secret (the scan really runs)', () => {
    // a fake GitHub token assembled at run time, never committed
    const token = ['gh', 'p_', randomBytes(27).toString('base64').replace(/[^A-Za-z0-9]/g, 'a').slice(0, 36)].join('');
    const extension = join(tmp, 'leaky');
    mkdirSync(join(extension, 'dist'), { recursive: true });
    writeFileSync(join(extension, 'package.json'), JSON.stringify({ name: 'leaky', publisher: 'test', version: '0.0.1', license: 'MIT',
      engines: { vscode: '^1.100.0' }, main: './dist/extension.js', activationEvents: ['onLanguage:json'], repository: { type: 'git', url: 'https://github.com/test/leaky.git' } }));
    writeFileSync(join(extension, 'README.md'), '# leaky\n\nA test extension.\n');
    writeFileSync(join(extension, 'LICENSE'), 'MIT\n');
    writeFileSync(join(extension, 'dist', 'extension.js'), `exports.token = "${token}";\n`);
    const result = pack(extension, join(tmp, 'leaky.vsix'));
    assert.notEqual(result.status, 0, `vsce packed a file holding a token:\n${result.output}`);
    assert.match(result.output, /security issue|secret/i);
    assert.ok(!existsSync(join(tmp, 'leaky.vsix')));
  });
});
