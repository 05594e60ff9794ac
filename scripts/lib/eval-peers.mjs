// Runs ferret-scan and secretlint (installed into .cache/peers) on the placed corpus and scores them per family at
// file level: a file counts as found when the tool reports anything of that family in it (the fairest unit for
// tools that do not name servers).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ensurePeers } from './peers.mjs';
import { familyOfTag } from './labels.mjs';

// ferret-scan rule -> family, by its id and name (its MCP rules are MCP-..., secrets CRED-... and ENTROPY-...).
function ferretFamily(finding) {
  const text = `${finding.ruleId} ${finding.ruleName} ${finding.category}`;
  if (/HARDCODEDSECRET|CRED-005|ENTROPY|credential|secret/i.test(text) && finding.category === 'credentials') return 'literal-secret';
  if (/typosquat/i.test(text)) return 'lookalike-package';
  if (/unpinned|version pin|latest/i.test(text)) return 'unpinned-package';
  if (/auto.?approve|always.?allow|trust/i.test(text)) return 'auto-approve';
  if (/insecure|http\b|tls/i.test(text)) return 'insecure-transport';
  if (/filesystem|root access|broad/i.test(text)) return 'broad-filesystem-access';
  if (/exfil|correlation|toxic/i.test(text)) return 'risky-combination';
  return undefined;
}

function fileLevelScore(placed, foundByFile) {
  const families = {};
  for (const { label, target } of placed) {
    const labelled = new Set(label.expect.map((e) => familyOfTag(e.rule)).filter(Boolean));
    const found = foundByFile.get(target) ?? new Set();
    for (const family of new Set([...labelled, ...found])) {
      const s = (families[family] ??= { tp: 0, fp: 0, fn: 0 });
      if (labelled.has(family) && found.has(family)) s.tp++;
      else if (found.has(family)) s.fp++;
      else s.fn++;
    }
  }
  for (const s of Object.values(families)) {
    s.precision = s.tp + s.fp === 0 ? undefined : s.tp / (s.tp + s.fp);
    s.recall = s.tp + s.fn === 0 ? undefined : s.tp / (s.tp + s.fn);
  }
  return families;
}

export function runPeers(placed, work) {
  let peers;
  try {
    peers = ensurePeers();
  } catch (error) {
    return { ferret: { note: `not run: ${error.message}` }, secretlint: { note: `not run: ${error.message}` } };
  }
  const result = {};
  {
    const out = join(mkdtempSync(join(tmpdir(), 'ferret-')), 'ferret.json');
    const started = process.hrtime.bigint();
    const run = spawnSync(peers.ferret.command, [...peers.ferret.args, 'scan', work, '--format', 'json', '--mcp-validation', '--entropy-analysis', '-o', out], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const found = new Map();
    let count = 0;
    try {
      for (const finding of JSON.parse(readFileSync(out, 'utf8')).findings ?? []) {
        const family = ferretFamily(finding);
        if (!family) continue;
        count++;
        (found.get(finding.file) ?? found.set(finding.file, new Set()).get(finding.file)).add(family);
      }
      result.ferret = { families: fileLevelScore(placed, found), findings: count, ms, note: `ferret-scan 2.10.0 (scan --mcp-validation --entropy-analysis): ${count} mapped findings in ${ms.toFixed(0)} ms` };
    } catch (error) {
      result.ferret = { note: `failed (exit ${run.status}): ${(run.stderr || String(error)).slice(0, 300)}` };
    }
  }
  {
    const started = process.hrtime.bigint();
    const run = spawnSync(peers.secretlint.command, [...peers.secretlint.args, '--secretlintrc', peers.secretlintConfig, '--format', 'json', '--no-color', `${work}/**/*`, `${work}/**/.*/**/*`, `${work}/**/.*`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const found = new Map();
    let count = 0;
    try {
      for (const file of JSON.parse(run.stdout || '[]')) {
        if ((file.messages ?? []).length === 0) continue;
        count += file.messages.length;
        found.set(file.filePath, new Set(['literal-secret']));
      }
      result.secretlint = { families: fileLevelScore(placed, found), findings: count, ms, note: `secretlint 13.0.6 + preset-recommend (on Node 22 from npm): ${count} findings in ${ms.toFixed(0)} ms` };
    } catch (error) {
      result.secretlint = { note: `failed (exit ${run.status}): ${(run.stderr || String(error)).slice(0, 300)}` };
    }
  }
  return result;
}

export { fileLevelScore };
