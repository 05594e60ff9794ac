/** Picks the best candidate by a list of rank keys (higher wins, the first key first); ties keep the first in order. */
export type RankKey<T> = (candidate: T) => number;

export function pickBest<T>(candidates: readonly T[], keys: readonly RankKey<T>[], accept: (candidate: T) => boolean = () => true): T | undefined {
  let best: T | undefined;
  let bestScores: number[] = [];
  for (const candidate of candidates) {
    if (!accept(candidate)) continue;
    const scores = keys.map((key) => key(candidate));
    if (best === undefined || isBetter(scores, bestScores)) {
      best = candidate;
      bestScores = scores;
    }
  }
  return best;
}

/** A sort comparator by the same rank keys: best first. */
export function compareByKeys<T>(keys: readonly RankKey<T>[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const difference = key(b) - key(a);
      if (difference !== 0) return difference;
    }
    return 0;
  };
}

function isBetter(scores: readonly number[], than: readonly number[]): boolean {
  for (let i = 0; i < scores.length; i++) {
    if ((scores[i] as number) !== (than[i] as number)) return (scores[i] as number) > (than[i] as number);
  }
  return false;
}
