/**
 * The precision/recall floor on the real-config corpus and MCP Warden's own labelled configs (test/fixtures/labelled),
 * with the same scoring as `npm run eval`, in-process over the engine. Every family must stay at or above 0.95.
 * Unlabelled findings kept on purpose are listed with a reason in scripts/lib/label-disputes.json and scored apart
 * (`npm run eval` prints precision with and without them); a dispute that no longer matches a finding fails here, so
 * the list cannot grow stale or hide a regression.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index';
import { loadOwnFixtures, loadRealFixtures } from './helpers/real-fixtures';

const FLOOR = 0.95;

interface Totals { tp: number; fp: number; disputed: number; labels: number; matchedLabels: number; misses: string[]; disputedUnits: string[] }
interface Dispute { file: string; family: string; server: string; reason: string }

describe('evaluation on the real-config corpus', async () => {
  const labels = (await import('../../scripts/lib/labels.mjs' as string)) as {
    FAMILIES: Record<string, unknown>;
    DISPUTES: Dispute[];
    scoreFile(label: unknown, findings: unknown[]): Record<string, Totals>;
  };
  const disputedUnits = new Set<string>();
  const totals = new Map<string, Totals>();
  const own = loadOwnFixtures();
  for (const fixture of [...loadRealFixtures(), ...own]) {
    const result = lint({ text: fixture.text, path: fixture.path, homeDir: '/home/dev', ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
    const findings = result.findings.map((f) => ({ rule: f.ruleId, server: f.server, severity: f.severity, suppressed: f.suppressed ?? null, related: f.related, message: f.message }));
    for (const [family, score] of Object.entries(labels.scoreFile({ ...fixture.label, file: fixture.file }, findings))) {
      if (!(family in labels.FAMILIES)) continue;
      const t = totals.get(family) ?? { tp: 0, fp: 0, disputed: 0, labels: 0, matchedLabels: 0, misses: [], disputedUnits: [] };
      t.tp += score.tp;
      t.fp += score.fp;
      for (const unit of score.disputedUnits) disputedUnits.add(`${family}|${unit}`);
      t.labels += score.labels ?? 0;
      t.matchedLabels += score.matchedLabels ?? 0;
      t.misses.push(...score.misses);
      totals.set(family, t);
    }
  }
  for (const family of Object.keys(labels.FAMILIES)) {
    it(`${family}: precision and recall at or above the floor`, () => {
      const t = totals.get(family) ?? { tp: 0, fp: 0, disputed: 0, labels: 0, matchedLabels: 0, misses: [], disputedUnits: [] };
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const recall = t.labels === 0 ? 1 : t.matchedLabels / t.labels;
      assert.ok(precision >= FLOOR, `${family} precision ${precision.toFixed(3)} < ${FLOOR}`);
      assert.ok(recall >= FLOOR, `${family} recall ${recall.toFixed(3)} < ${FLOOR}; misses:\n${t.misses.join('\n')}`);
    });
  }

  it('MCP Warden\'s own labelled configs are scored too, and each is seen as its labelled host', () => {
    assert.ok(own.length >= 2, 'test/fixtures/labelled/labels.json lists the own cases');
    for (const fixture of own) {
      const result = lint({ text: fixture.text, path: fixture.path, homeDir: '/home/dev' });
      assert.equal(result.host?.id, fixture.host, `${fixture.file} placed at ${fixture.path}`);
      assert.ok(fixture.label.expect.length > 0, `${fixture.file} expects findings`);
    }
  });

  it('every label dispute has a reason and still matches a finding', () => {
    assert.ok(labels.DISPUTES.length > 0);
    for (const dispute of labels.DISPUTES) {
      assert.ok(dispute.reason.length > 40, `${dispute.file} ${dispute.server}: give a reason a reviewer can check`);
      assert.ok(disputedUnits.has(`${dispute.family}|${dispute.file}: ${dispute.server}`), `stale dispute (no such finding any more): ${dispute.file} ${dispute.server}`);
    }
  });
});
