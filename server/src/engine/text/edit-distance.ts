/** Edit distance and did-you-mean suggestions for misspelled keys, types and rule ids. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-sensitive. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

export interface Suggestion {
  readonly value: string;
  readonly distance: number;
}

/**
 * The closest candidate, compared case-insensitively; only when it is plausibly a typo (distance at most 2, and
 * less than half the word, so `id` is not "corrected" to `env`). Ties keep the candidate listed first.
 */
export function closestMatch(word: string, candidates: readonly string[], maxDistance = 2): Suggestion | undefined {
  const lower = word.toLowerCase();
  let best: Suggestion | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // The length difference bounds the distance from below: skip the matrix for hopeless (or huge) words.
    if (Math.abs(lower.length - candidate.length) > maxDistance) continue;
    const distance = candidate.toLowerCase() === lower ? 0.5 : editDistance(lower, candidate.toLowerCase());
    const limit = Math.min(maxDistance, Math.max(1, Math.floor(Math.max(lower.length, candidate.length) / 2) - (lower.length <= 3 ? 1 : 0)));
    if (distance > limit) continue;
    if (!best || distance < best.distance) best = { value: candidate, distance };
  }
  return best;
}
