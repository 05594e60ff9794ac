// Compares MCP Warden's secret rules with secretlint + its recommended preset on the real-config corpus
// (a comparison script, not part of `npm test`). Installs secretlint 12 (the last line that runs on Node 20) into
// ~/.cache/mcp-warden/peers/secretlint with npm on first use, runs it on every corpus file, and prints, per file, what each tool
// finds. MCP Warden must find every secret secretlint finds (overlapping ranges), plus the MCP-specific ones.
// Usage: npx tsc -b && node scripts/compare-secretlint.mjs [--corpus DIR] [--json FILE]   (exit 1 on a miss)
import { peerCacheDir } from './lib/cache-dir.mjs';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const engine = require('../out/server/src/engine/index.js');
const { values } = parseArgs({ options: { corpus: { type: 'string', default: resolve('..', 'shared', 'fixtures', 'real') }, json: { type: 'string' } } });

const PEER_DIR = peerCacheDir('peers', 'secretlint');
const VERSIONS = { secretlint: '12.3.1', '@secretlint/secretlint-rule-preset-recommend': '12.3.1' };
const SECRET_RULES = new Set(['literal-secret', 'secret-in-args', 'credentials-in-url']);
const HOST_IDS = { gemini: 'gemini-cli', amazonq: 'amazon-q', roo: 'roo-code' };

function ensureSecretlint() {
  const bin = join(PEER_DIR, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) {
    mkdirSync(PEER_DIR, { recursive: true });
    writeFileSync(join(PEER_DIR, 'package.json'), JSON.stringify({ name: 'mcp-warden-secretlint-peer', private: true, dependencies: VERSIONS }, null, 2));
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: PEER_DIR, stdio: 'inherit' });
    if (install.status !== 0 || !existsSync(bin)) throw new Error(`could not install secretlint into ${PEER_DIR} (npm exit ${install.status})`);
  }
  const config = join(PEER_DIR, '.secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2));
  return { bin, config };
}

const corpus = resolve(values.corpus);
const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8'));
const { bin, config } = ensureSecretlint();
const work = mkdtempSync(join(tmpdir(), 'mcp-warden-vs-secretlint-'));
const rows = [];
const formatRows = [];
let misses = 0;
let secretlintTotal = 0;
let oursTotal = 0;
let labelledServers = 0;
let labelledFound = 0;
let falsePositiveServers = 0;
let secretlintLabelled = 0;
try {
  for (const label of labels) {
    const text = readFileSync(join(corpus, label.file), 'utf8');
    const target = join(work, label.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    const run = spawnSync(process.execPath, [bin, '--secretlintrc', config, '--format', 'json', '--no-color', '--no-maskSecrets', target], { encoding: 'utf8', maxBuffer: 64 << 20 });
    let theirs = [];
    try {
      theirs = JSON.parse(run.stdout || '[]').flatMap((file) => file.messages ?? []);
    } catch {
      throw new Error(`secretlint output for ${label.file} is not JSON (exit ${run.status}): ${run.stderr.slice(0, 300)}`);
    }
    const byPath = label.source?.kind === 'file' && label.source.path;
    const path = byPath ? `/corpus/${label.file.slice(0, 3)}/${label.source.path}` : `/corpus/${label.file}`;
    const host = HOST_IDS[label.host] ?? label.host;
    const result = engine.lint({ text, path, ...(byPath ? {} : { hostOverride: host }) });
    const ours = result.findings.filter((f) => SECRET_RULES.has(f.ruleId) && !f.suppressed);
    // secretlint ranges are [start, end) offsets into the same text.
    const missed = theirs.filter((message) => {
      const [start, end] = message.range ?? [0, 0];
      return !ours.some((f) => f.span.offset < end && f.span.offset + f.span.length > start);
    });
    const expected = new Set(label.expect.filter((e) => e.rule === 'literal-secret').map((e) => e.server));
    const flagged = new Set(ours.map((f) => f.server ?? '(file)'));
    labelledServers += expected.size;
    labelledFound += [...expected].filter((s) => flagged.has(s)).length;
    falsePositiveServers += [...flagged].filter((s) => !expected.has(s)).length;
    if (theirs.length > 0 && expected.size > 0) secretlintLabelled++;
    misses += missed.length;
    secretlintTotal += theirs.length;
    oursTotal += ours.length;
    if (theirs.length > 0 || ours.length > 0 || expected.size > 0) {
      rows.push({
        file: label.file,
        labelledServers: expected.size,
        secretlint: theirs.map((m) => m.ruleId.replace('@secretlint/secretlint-rule-', '')),
        mcpWarden: ours.map((f) => `${f.ruleId}(${f.server ?? '-'})`),
        secretlintOnly: missed.map((m) => m.ruleId),
      });
    }
  }
  // Beyond the corpus: one config per reference format, with the fake secrets the tests use (built at run time).
  const { buildFakeSecrets } = require('../out/test/helpers/fake-secrets.js');
  for (const fake of buildFakeSecrets(2026)) {
    const server = fake.place === 'env' ? { command: 'node', env: { [fake.name]: fake.value } } : fake.place === 'header' ? { type: 'http', url: 'https://mcp.example.com/mcp', headers: { [fake.name]: fake.value } } : { type: 'http', url: fake.value };
    const text = JSON.stringify({ mcpServers: { api: server } }, null, 2) + '\n';
    const target = join(work, 'formats', fake.id, '.mcp.json');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    const run = spawnSync(process.execPath, [bin, '--secretlintrc', config, '--format', 'json', '--no-color', '--no-maskSecrets', target], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const theirs = JSON.parse(run.stdout || '[]').flatMap((file) => file.messages ?? []);
    const ours = engine.lint({ text, path: '/repo/.mcp.json' }).findings.filter((f) => SECRET_RULES.has(f.ruleId));
    const missed = theirs.filter((m) => !ours.some((f) => f.span.offset < (m.range?.[1] ?? 0) && f.span.offset + f.span.length > (m.range?.[0] ?? 0)));
    formatRows.push({ format: fake.id, secretlint: theirs.length, mcpWarden: ours.length, missed: missed.length });
    misses += missed.length;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`secretlint ${VERSIONS.secretlint} + preset-recommend vs MCP Warden on ${labels.length} real configs (${corpus})\n`);
console.log('file'.padEnd(56), 'labels', 'secretlint', 'MCP Warden', 'missed by us');
for (const row of rows) {
  console.log(row.file.padEnd(56), String(row.labelledServers).padStart(6), String(row.secretlint.length).padStart(10), String(row.mcpWarden.length).padStart(10), String(row.secretlintOnly.length).padStart(12));
}
console.log(`\nsecretlint findings: ${secretlintTotal}; MCP Warden secret findings: ${oursTotal}`);
console.log(`secretlint findings MCP Warden does not cover: ${misses}`);
console.log(`labelled secrets (servers): ${labelledServers}; MCP Warden found ${labelledFound}; flagged servers without a label: ${falsePositiveServers}`);
console.log(`files with labelled secrets where secretlint finds anything: ${secretlintLabelled} of ${new Set(labels.filter((l) => l.expect.some((e) => e.rule === 'literal-secret')).map((l) => l.file)).size}`);
const secretlintFormats = formatRows.filter((r) => r.secretlint > 0);
console.log(`\nfake secrets of the ${formatRows.length} reference formats: secretlint finds ${secretlintFormats.length} formats, MCP Warden ${formatRows.filter((r) => r.mcpWarden > 0).length}; secretlint findings MCP Warden does not cover: ${formatRows.reduce((n, r) => n + r.missed, 0)}`);
console.log(`  formats only MCP Warden finds: ${formatRows.filter((r) => r.mcpWarden > 0 && r.secretlint === 0).map((r) => r.format).join(', ')}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ rows, formatRows, secretlintTotal, oursTotal, misses, labelledServers, labelledFound, falsePositiveServers }, null, 2));
process.exit(misses > 0 ? 1 : 0);
