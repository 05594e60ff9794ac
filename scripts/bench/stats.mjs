// Timing helpers: medians and percentiles over repeated runs, after a warm-up.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

export function timeRuns(fn, { runs = 30, warmup = 5 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summarize(samples);
}

/**
 * Two functions timed in alternating blocks (`rounds` blocks each, first one then the other, then the other way round),
 * so that a change in the machine's load during the measurement weighs on both sides of a ratio alike: on a shared
 * 2-core machine it drifts within seconds, and two single blocks one after the other gave 1 MB ratios 20% apart.
 * Also splits off the garbage collector's pauses inside each run (V8 reports them as `gc` performance entries,
 * delivered on a later turn): at 1 MB they are a large share of both sides' time.
 *
 * Both sides warm up first, and each block starts with `settle` untimed runs, so that it does not pay for the young
 * garbage of the block before it. No forced full collection anywhere: it discards V8's optimised code (the engine's
 * next few hundred small lints ran at twice their warm time), which a natural one does not.
 */
export async function timeAlternating(first, second, { rounds = 4, runs = 30, warmup = 5, settle = 1 } = {}) {
  for (let i = 0; i < warmup; i++) first();
  for (let i = 0; i < warmup; i++) second();
  const samples = [[], []];
  const perRound = Math.max(1, Math.round(runs / rounds));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const side of order) samples[side].push(...await timeBlock(side === 0 ? first : second, { runs: perRound, settle }));
  }
  return [summarizeSamples(samples[0]), summarizeSamples(samples[1])];
}

/** One block of runs, with the GC pauses that fell in each run. */
async function timeBlock(fn, { runs, settle }) {
  for (let i = 0; i < settle; i++) fn();
  const pauses = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  await nextTurn();
  pauses.length = 0;
  const intervals = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    intervals.push({ started, ended: performance.now() });
  }
  // Entries of the last runs arrive after this turn.
  await nextTurn();
  await nextTurn();
  observer.disconnect();
  const gcIn = ({ started, ended }) => pauses.filter((pause) => pause.startTime >= started && pause.startTime < ended).reduce((sum, pause) => sum + pause.duration, 0);
  return intervals.map((interval) => ({ total: interval.ended - interval.started, gc: gcIn(interval) }));
}

function summarizeSamples(samples) {
  return {
    ...summarize(samples.map((sample) => sample.total)),
    gcMedian: summarize(samples.map((sample) => sample.gc)).median,
    withoutGcMedian: summarize(samples.map((sample) => sample.total - sample.gc)).median,
  };
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], runs: samples.length };
}

export const ms = (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
export const row = (cells, widths) => cells.map((cell, i) => String(cell)[i === 0 ? 'padEnd' : 'padStart'](widths[i] ?? 12)).join('');
