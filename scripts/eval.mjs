// `npm run eval`: runs the bundled CLI over the real-config corpus, scores its JSON findings against labels.json per
// rule family (precision and recall), and runs ferret-scan and secretlint on the same files for comparison.
// Usage: node scripts/eval.mjs [--corpus DIR] [--json OUT] [--no-peers] [--min 0.95]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { FAMILIES, OWN_CORPUS, countsInEvaluation, familyOfFinding, folderOf, isUnscored, placementOf, scoreFile } from './lib/labels.mjs';
import { fileLevelScore, runPeers } from './lib/eval-peers.mjs';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve('..', 'shared', 'fixtures', 'real') },
    json: { type: 'string', default: 'bench/results/eval.json' },
    'no-peers': { type: 'boolean', default: false },
    min: { type: 'string', default: '0.95' },
  },
});
const corpus = resolve(values.corpus);
const sharedLabels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8'));
const ownLabels = JSON.parse(readFileSync(join(OWN_CORPUS, 'labels.json'), 'utf8'));
// Each label with the folder its file is in: the shared corpus, then MCP Warden's own cases.
const labels = [...sharedLabels.map((label) => ({ ...label, dir: corpus })), ...ownLabels.map((label) => ({ ...label, dir: OWN_CORPUS }))];
const work = mkdtempSync(join(tmpdir(), 'mcp-warden-eval-'));
const totals = Object.fromEntries(Object.keys(FAMILIES).map((f) => [f, { tp: 0, fp: 0, fn: 0, disputed: 0, labels: 0, matchedLabels: 0, misses: [], extras: [], disputedUnits: [] }]));
const placed = [];
const ourFoundByFile = new Map();
const unscored = [];
try {
  for (const label of labels) {
    const { relativePath, host } = placementOf(label);
    const target = join(work, folderOf(label), relativePath);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(label.dir, label.file), target);
    placed.push({ label, target });
    const args = ['dist/cli.js', 'check', target, '--format', 'json', '--min-severity', 'hint', ...(host ? ['--host', host] : [])];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed on ${label.file} (exit ${run.status}): ${run.stderr}`);
    const output = JSON.parse(run.stdout);
    const findings = output.files.flatMap((file) => file.findings);
    ourFoundByFile.set(target, new Set(findings.filter(countsInEvaluation).map((f) => familyOfFinding(f)).filter((family) => family && !isUnscored(family))));
    const scored = scoreFile(label, findings);
    for (const [family, r] of Object.entries(scored)) {
      if (isUnscored(family)) {
        unscored.push(...r.extras.map((line) => `[${family}] ${line}`));
        continue;
      }
      const t = totals[family];
      for (const k of ['tp', 'fp', 'fn', 'disputed', 'labels', 'matchedLabels']) t[k] += r[k];
      t.misses.push(...r.misses);
      t.extras.push(...r.extras);
      t.disputedUnits.push(...r.disputedUnits);
    }
  }
  const rows = Object.entries(totals).map(([family, t]) => {
    // Raw precision counts disputed findings as false positives; the floor applies to precision without them.
    const rawPrecision = t.tp + t.fp + t.disputed === 0 ? 1 : t.tp / (t.tp + t.fp + t.disputed);
    const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
    const recall = t.labels === 0 ? 1 : t.matchedLabels / t.labels;
    return { family, tp: t.tp, fp: t.fp, disputed: t.disputed, fn: t.fn, labels: t.labels, rawPrecision, precision, recall, misses: t.misses, falsePositives: t.extras, disputedUnits: t.disputedUnits };
  });
  const peers = values['no-peers'] ? undefined : runPeers(placed, work);
  const ourFileLevel = fileLevelScore(placed, ourFoundByFile);
  printTable(rows, peers, ourFileLevel);
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, JSON.stringify({ corpus: sharedLabels.length, ownCases: ownLabels.length, families: rows, unscoredSingleServerTrifectas: unscored, fileLevel: ourFileLevel, peers }, null, 2));
  console.log(`\nwritten ${values.json}`);
  const min = Number(values.min);
  const failing = rows.filter((r) => r.labels > 0 && (r.precision < min || r.recall < min));
  if (failing.length > 0) {
    console.error(`\nbelow ${min}: ${failing.map((r) => `${r.family} (P ${r.precision.toFixed(2)}, R ${r.recall.toFixed(2)})`).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function printTable(rows, peers, ourFileLevel) {
  const pct = (x) => (x === undefined ? '  - ' : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log(`MCP Warden on ${sharedLabels.length} real configs (shared/fixtures/real/labels.json) and ${ownLabels.length} of its own (test/fixtures/labelled), per (family, server)\n`);
  console.log(['family'.padEnd(26), ...['labels', 'TP', 'FP', 'disputed', 'FN', 'raw prec.', 'precision', 'recall'].map((h) => h.padStart(10))].join(''));
  for (const r of rows) {
    console.log([r.family.padEnd(26), ...[r.labels, r.tp, r.fp, r.disputed, r.fn].map((n) => String(n).padStart(10)), ...[r.rawPrecision, r.precision, r.recall].map((x) => pct(x).padStart(10))].join(''));
  }
  console.log('raw prec.: disputed findings counted as false positives; precision: without them (scripts/lib/label-disputes.json gives the reason for each)');
  for (const r of rows) {
    for (const miss of r.misses) console.log(`  miss     [${r.family}] ${miss}`);
    for (const extra of r.falsePositives) console.log(`  extra    [${r.family}] ${extra}`);
    for (const unit of r.disputedUnits) console.log(`  disputed [${r.family}] ${unit}`);
  }
  console.log(`\nNot scored (no label tag covers them: single-server trifectas, container isolation flags): ${unscored.length}`);
  for (const line of unscored) console.log(`  unscored ${line.slice(0, 170)}`);
  if (!peers) return;
  console.log('\nSide by side, per (family, file): precision / recall');
  console.log(['family'.padEnd(26), 'MCP Warden'.padStart(14), 'ferret-scan'.padStart(14), 'secretlint'.padStart(14)].join(''));
  const labelled = new Set(rows.filter((r) => r.labels > 0).map((r) => r.family));
  for (const family of Object.keys(FAMILIES)) {
    if (!labelled.has(family)) {
      console.log([family.padEnd(26), ...['no labels', 'no labels', 'no labels'].map((c) => c.padStart(14))].join(''));
      continue;
    }
    const cell = (s) => (s ? `${pct(s.precision)} / ${pct(s.recall)}` : 'no rule').padStart(14);
    const secretOnly = (name) => (name === 'secretlint' && family !== 'literal-secret' ? undefined : peers[name]?.families?.[family] ?? { precision: undefined, recall: 0 });
    console.log([family.padEnd(26), cell(ourFileLevel[family]), cell(secretOnly('ferret')), cell(secretOnly('secretlint'))].join(''));
  }
  for (const [name, p] of Object.entries(peers)) console.log(`${name}: ${p.note}`);
}
