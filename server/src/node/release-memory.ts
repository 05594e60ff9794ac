/**
 * Hands the garbage of a big batch of lints back to the operating system. V8 grows its heap while a workspace scan
 * lints hundreds of files and, left alone, keeps it for the whole session; the language server lives as long as the
 * editor. V8 lowers its heap limits one step per full collection, and only once time has passed since the previous
 * one, so one collection now and a few more over the next seconds take a 1,000-file scan's heap from ~80 MB back to
 * ~20 MB (about 25 ms each). `gc` comes from `--expose-gc` set at run time (as jest's leak detector does), so the
 * server starts the same way in every client.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds after the first collection at which the next ones run. */
const LATER_COLLECTIONS_MS = [1000, 3000, 6000];

let collect: (() => void) | undefined;
let pending: NodeJS.Timeout[] = [];

export function releaseMemory(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  for (const timer of pending) clearTimeout(timer);
  const run = collect;
  run();
  // unref: never keeps the process alive after the client has gone.
  pending = LATER_COLLECTIONS_MS.map((delay) => setTimeout(run, delay).unref());
}
