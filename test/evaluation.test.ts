/**
 * The precision/recall floor on the real-config corpus (the same scoring as `npm run eval`, in-process over the
 * engine). Every family must stay at or above 0.95, with one documented exception: risky-combination precision, where
 * the corpus labels name pairs and MCP Warden also reports the other legs of the same trifecta (see the README's
 * Evaluation section); that floor guards against regressions until the labels cover combinations of three.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../server/src/engine/index';
import { loadRealFixtures } from './helpers/real-fixtures';

const FLOOR = 0.95;
const EXCEPTIONS: Record<string, { precision?: number; recall?: number }> = {
  'risky-combination': { precision: 0.4 },
};

interface Totals { tp: number; fp: number; labels: number; matchedLabels: number; misses: string[] }

describe('evaluation on the real-config corpus', async () => {
  const labels = (await import('../../scripts/lib/labels.mjs' as string)) as {
    FAMILIES: Record<string, unknown>;
    scoreFile(label: unknown, findings: unknown[]): Record<string, Totals>;
  };
  const totals = new Map<string, Totals>();
  for (const fixture of loadRealFixtures()) {
    const result = lint({ text: fixture.text, path: fixture.path, homeDir: '/home/dev', ...(fixture.hostOverride ? { hostOverride: fixture.hostOverride } : {}) });
    const findings = result.findings.map((f) => ({ rule: f.ruleId, server: f.server, severity: f.severity, suppressed: f.suppressed ?? null, related: f.related, message: f.message }));
    for (const [family, score] of Object.entries(labels.scoreFile({ ...fixture.label, file: fixture.file }, findings))) {
      if (!(family in labels.FAMILIES)) continue;
      const t = totals.get(family) ?? { tp: 0, fp: 0, labels: 0, matchedLabels: 0, misses: [] };
      t.tp += score.tp;
      t.fp += score.fp;
      t.labels += score.labels ?? 0;
      t.matchedLabels += score.matchedLabels ?? 0;
      t.misses.push(...score.misses);
      totals.set(family, t);
    }
  }
  for (const family of Object.keys(labels.FAMILIES)) {
    it(`${family}: precision and recall at or above the floor`, () => {
      const t = totals.get(family) ?? { tp: 0, fp: 0, labels: 0, matchedLabels: 0, misses: [] };
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const recall = t.labels === 0 ? 1 : t.matchedLabels / t.labels;
      const floor = { precision: EXCEPTIONS[family]?.precision ?? FLOOR, recall: EXCEPTIONS[family]?.recall ?? FLOOR };
      assert.ok(precision >= floor.precision, `${family} precision ${precision.toFixed(3)} < ${floor.precision}`);
      assert.ok(recall >= floor.recall, `${family} recall ${recall.toFixed(3)} < ${floor.recall}; misses:\n${t.misses.join('\n')}`);
    });
  }
});
