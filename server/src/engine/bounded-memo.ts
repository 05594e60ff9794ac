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
    const own = detached(key);
    const value = compute(own);
    if (cache.size >= limit) cache.clear();
    cache.set(own, value);
    return value;
  };
}

/**
 * A copy of `value` that shares no memory with the text it was cut from: V8 keeps substrings as views of their parent,
 * so a cached package name would otherwise keep a whole (maybe 1 MB) document alive. Values computed from the copy
 * are views of the copy at most.
 */
function detached(value: string): string {
  return (' ' + value).slice(1);
}

/** `compute(first, second)`, remembered per pair without building a joined key; `limit` bounds the pairs kept. */
export function memoize2<V>(compute: (first: string, second: string) => V, limit = DEFAULT_LIMIT): (first: string, second: string) => V {
  const byFirst = new Map<string, Map<string, V>>();
  let size = 0;
  return (first, second) => {
    let inner = byFirst.get(first);
    const cached = inner?.get(second);
    if (cached !== undefined || inner?.has(second)) return cached as V;
    if (size >= limit) {
      byFirst.clear();
      size = 0;
      inner = undefined;
    }
    const ownFirst = detached(first);
    const ownSecond = detached(second);
    const value = compute(ownFirst, ownSecond);
    if (!inner) {
      inner = new Map();
      byFirst.set(ownFirst, inner);
    }
    inner.set(ownSecond, value);
    size++;
    return value;
  };
}

/** `compute(first, second, third)` remembered per triple, for a `first` with few values (an ecosystem): one pair cache each. */
export function memoize3<V>(compute: (first: string, second: string, third: string) => V, limit = DEFAULT_LIMIT): (first: string, second: string, third: string) => V {
  const byFirst = memoize((first) => memoize2((second, third) => compute(first, second, third), limit), limit);
  return (first, second, third) => byFirst(first)(second, third);
}

/**
 * `compute(key, ...rest)` remembered for the latest key only: for analyses that several rules share within one lint
 * (one config at a time). Not a WeakMap: V8 keeps WeakMap values alive through young-generation collections, so each
 * lint's whole tree would be copied and promoted before a full collection could free it.
 */
export function memoizeLatest<K, A extends unknown[], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  let latest: { readonly key: K; readonly value: V } | undefined;
  return (key, ...rest) => {
    if (latest?.key !== key) latest = { key, value: compute(key, ...rest) };
    return latest.value;
  };
}

/** Changes at the start of every lint run; `memoizePerRun` caches forget what earlier runs computed. */
let currentRun: object = {};

/** Called by `lintFiles` as a run begins. */
export function startLintRun(): void {
  currentRun = {};
}

/**
 * `compute(key)` remembered per key for the current lint run only: for analyses of one object (a server) that several
 * rules and the cross-file rules share, when a run holds many such objects from several files. Only the current run's
 * values are kept, for the same reason as `memoizeLatest`.
 */
export function memoizePerRun<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let run = currentRun;
  let cache = new Map<K, V>();
  return (key) => {
    if (run !== currentRun) {
      run = currentRun;
      cache = new Map();
    }
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
