/** Successors of archived, deprecated and renamed servers (data/successors.json), for the switch fix. */
import data from '../data/successors.json';
import type { KnownServer } from '../data/known-servers';

export interface Successor {
  readonly ecosystem: string;
  readonly package: string;
  readonly note: string;
  readonly source: string;
}

const BY_ID = new Map<string, Successor>(
  (data as { successors: (Successor & { from: string })[] }).successors.map((entry) => [entry.from, entry]),
);

export function successorOf(server: KnownServer): Successor | undefined {
  return BY_ID.get(server.id);
}
