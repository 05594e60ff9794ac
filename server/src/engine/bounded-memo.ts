/**
 * Caches for pure functions of names (package names, versions, URLs): the same few names recur in every lint, so their
 * normalisation, look-alike checks and version parses are worth keeping. Each cache is emptied when it reaches its
 * limit, so a long-running language server never grows without bound.
 */

const DEFAULT_LIMIT = 4096;

/** `compute(key)`, remembered per key. */
export function memoize<V>(compute: (key: string) => V, limit = DEFAULT_LIMIT): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** `compute(first, second)`, remembered per pair without building a joined key (one inner cache per `first`). */
export function memoize2<V>(compute: (first: string, second: string) => V, limit = DEFAULT_LIMIT): (first: string, second: string) => V {
  const byFirst = memoize((first) => memoize((second) => compute(first, second), limit), limit);
  return (first, second) => byFirst(first)(second);
}

/** `compute(first, second, third)`, remembered per triple in the same way. */
export function memoize3<V>(compute: (first: string, second: string, third: string) => V, limit = DEFAULT_LIMIT): (first: string, second: string, third: string) => V {
  const byFirst = memoize((first) => memoize2((second, third) => compute(first, second, third), limit), limit);
  return (first, second, third) => byFirst(first)(second, third);
}
