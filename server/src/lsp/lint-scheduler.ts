/**
 * Debounces lints per file (about 150 ms after the last change) and runs them one at a time, so a burst of edits
 * costs one lint and the newest text is what gets linted.
 */
export interface LintScheduler {
  /** Lint `path` after the debounce; a newer request for the same path restarts the wait. */
  schedule(path: string): void;
  /** Lint now (document opened, file watcher, settings changed); waits for the lint to finish. */
  now(paths: readonly string[]): Promise<void>;
  /** Drop a pending debounced lint (the document closed). */
  cancel(path: string): void;
  /** Resolves when nothing is pending or running (tests, benchmarks, the lint-workspace request). */
  idle(): Promise<void>;
  /** Whether a lint is queued or running (background work waits for it to finish). */
  busy(): boolean;
  dispose(): void;
}

export const DEBOUNCE_MS = 150;

export function createLintScheduler(run: (paths: readonly string[]) => Promise<void>, debounceMs = DEBOUNCE_MS): LintScheduler {
  const timers = new Map<string, NodeJS.Timeout>();
  // One lint at a time: chained promises keep the order of requests (and so of publishes).
  let queue: Promise<void> = Promise.resolve();
  let unfinished = 0;
  const enqueue = (paths: readonly string[]): Promise<void> => {
    unfinished++;
    const next = queue.then(() => run(paths)).catch(() => undefined).finally(() => {
      unfinished--;
    });
    queue = next;
    return next;
  };
  return {
    schedule(path) {
      const existing = timers.get(path);
      if (existing) clearTimeout(existing);
      timers.set(path, setTimeout(() => {
        timers.delete(path);
        void enqueue([path]);
      }, debounceMs));
    },
    now(paths) {
      for (const path of paths) {
        const existing = timers.get(path);
        if (existing) clearTimeout(existing);
        timers.delete(path);
      }
      return enqueue(paths);
    },
    cancel(path) {
      const existing = timers.get(path);
      if (existing) clearTimeout(existing);
      timers.delete(path);
    },
    async idle() {
      for (;;) {
        if (timers.size > 0) {
          await new Promise((resolve) => setTimeout(resolve, debounceMs));
          continue;
        }
        const current = queue;
        await current;
        if (current === queue && timers.size === 0) return;
      }
    },
    busy: () => unfinished > 0,
    dispose() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
