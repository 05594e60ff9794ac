// Timing helpers: medians and percentiles over repeated runs, after a warm-up.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full collection, so that a measurement does not pay for the garbage the one before it left (a 1 MB lint leaves ~20 MB). */
export const collectGarbage = runInNewContext('gc');

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
 * `timeRuns`, also splitting off the garbage collector's pauses inside each run (V8 reports them as `gc` performance
 * entries, delivered on a later turn): shows how much of a time is the runtime's memory management, not the code.
 */
export async function timeRunsSplittingGc(fn, { runs = 30, warmup = 5 } = {}) {
  // Starts from a clean heap, so that a block does not pay for the garbage the one before it left (the bare parse right
  // after the engine's 1 MB block once took 32 ms instead of 25-26). The warm-up runs let the young generation grow back
  // to its working size.
  collectGarbage();
  for (let i = 0; i < warmup; i++) fn();
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
  const gc = intervals.map(gcIn);
  const total = summarize(intervals.map(({ started, ended }) => ended - started));
  return { ...total, gcMedian: summarize(gc).median, withoutGcMedian: summarize(intervals.map((interval, i) => interval.ended - interval.started - (gc[i] ?? 0))).median };
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], runs: samples.length };
}

export const ms = (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
export const row = (cells, widths) => cells.map((cell, i) => String(cell)[i === 0 ? 'padEnd' : 'padStart'](widths[i] ?? 12)).join('');
