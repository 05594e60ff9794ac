/**
 * Caches for pure functions of names (package names, versions, URLs): the same few names recur in every lint, so their
 * normalisation, look-alike checks and version parses are worth keeping. A cache that reaches its limit starts a new
 * generation and keeps the previous one for look-ups, so a long-running language server never grows without bound,
 * and names that keep recurring (package names) survive a config of thousands of one-off names (server names, URLs)
 * instead of being computed again after every clear.
 */

const DEFAULT_LIMIT = 4096;

/** `compute(key)`, remembered per key. */
export function memoize<V>(compute: (key: string) => V, limit = DEFAULT_LIMIT): (key: string) => V {
  let recent = new Map<string, V>();
  let older = new Map<string, V>();
  return (key) => {
    const cached = recent.get(key);
    if (cached !== undefined || recent.has(key)) return cached as V;
    const aged = older.get(key);
    const own = detached(key);
    const value = aged !== undefined || older.has(key) ? aged as V : compute(own);
    if (recent.size >= limit) {
      older = recent;
      recent = new Map();
    }
    recent.set(own, value);
    return value;
  };
}

/**
 * A copy of `value` that shares no memory with the text it was cut from: V8 keeps substrings as views of their parent,
 * so a cached package name would otherwise keep a whole (maybe 1 MB) document alive. Values computed from the copy
 * are views of the copy at most.
 */
export function detached(value: string): string {
  // V8 copies the characters of shorter slices: such a string is its own, and kept as it is, a look-up with the same
  // object (an interned value, see string-interner.ts) compares pointers instead of characters.
  return value.length < MIN_VIEW_LENGTH ? value : (' ' + value).slice(1);
}

/** V8's shortest substring view (SlicedString::kMinLength); concatenations are flat below it too. */
const MIN_VIEW_LENGTH = 13;

/** `compute(first, second)`, remembered per pair without building a joined key; `limit` bounds the pairs per generation. */
export function memoize2<V>(compute: (first: string, second: string) => V, limit = DEFAULT_LIMIT): (first: string, second: string) => V {
  let recent = new Map<string, Map<string, V>>();
  let older = new Map<string, Map<string, V>>();
  let size = 0;
  return (first, second) => {
    let inner = recent.get(first);
    const cached = inner?.get(second);
    if (cached !== undefined || inner?.has(second)) return cached as V;
    const agedInner = older.get(first);
    const aged = agedInner?.get(second);
    const ownSecond = detached(second);
    const value = aged !== undefined || agedInner?.has(second) ? aged as V : compute(detached(first), ownSecond);
    if (size >= limit) {
      older = recent;
      recent = new Map();
      size = 0;
      inner = undefined;
    }
    if (!inner) {
      inner = new Map();
      recent.set(detached(first), inner);
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

const latestForgetters: (() => void)[] = [];

/**
 * Drops what every `memoizeLatest` cache holds. The engine calls it when a lint ends: otherwise the caches would keep the
 * previous lint's whole tree and model alive into the next one, where the young-generation collector would copy them
 * again (and a language server would keep a closed 1 MB document in memory).
 */
export function forgetLatestAnalyses(): void {
  for (const forget of latestForgetters) forget();
}

/**
 * `compute(key, ...rest)` remembered for the latest key only: for analyses that several rules share within one lint
 * (one config at a time). Not a WeakMap: V8 keeps WeakMap values alive through young-generation collections, so each
 * lint's whole tree would be copied and promoted before a full collection could free it.
 */
export function memoizeLatest<K, A extends unknown[], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  let latest: { readonly key: K; readonly value: V } | undefined;
  latestForgetters.push(() => { latest = undefined; });
  return (key, ...rest) => {
    if (latest?.key !== key) latest = { key, value: compute(key, ...rest) };
    return latest.value;
  };
}

/** An object that keeps the analyses made by `memoizeOnObject` (one slot each). */
export interface HoldsAnalyses {
  readonly analyses: unknown[];
}

let analysisCount = 0;
/** Stands in a slot for a computed `undefined`. */
const NOTHING = Symbol('nothing');

/** Room for every analysis (all are registered once the engine's modules are loaded; a later one extends the list). */
export function analysisSlots(): unknown[] {
  return new Array(analysisCount);
}

/**
 * `compute(key)` kept in a slot of the object it describes (a server entry): several rules and the cross-file rules
 * share it, and it is dropped with the object. Not a Map (in a large lint every look-up misses the CPU caches) nor a
 * WeakMap (V8 keeps its values, and the trees they reach, alive through young-generation collections).
 */
export function memoizeOnObject<K extends HoldsAnalyses, V>(compute: (key: K) => V): (key: K) => V {
  const slot = analysisCount++;
  return (key) => {
    const cached = key.analyses[slot];
    if (cached !== undefined) return (cached === NOTHING ? undefined : cached) as V;
    const value = compute(key);
    key.analyses[slot] = value === undefined ? NOTHING : value;
    return value;
  };
}
