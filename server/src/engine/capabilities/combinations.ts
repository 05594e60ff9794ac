/**
 * Risky combinations in one session: the lethal trifecta (untrusted content + private data + a way out), the weaker
 * exfiltration pair (private data + a way out, no untrusted source), and untrusted content next to a sensitive account.
 * One combination per involved server: it names the most certain path through that server and relates the others.
 */
import type { Confidence } from '../findings/finding';
import type { Capability } from '../data/known-servers';
import { weakest, stronger, type CapabilityEvidence, type ServerCapabilities } from './capability';
import type { ConfigInSet } from '../rules/rule';
import { effectiveSessions, type Session, type SessionServer } from './effective-set';
import { capabilitiesOf } from './server-capabilities';

export type CombinationKind = 'lethal-trifecta' | 'exfiltration-pair' | 'untrusted-content-with-sensitive-account';
export type Role = 'untrusted' | 'private' | 'outbound' | 'sensitive';

export interface Leg {
  readonly entry: SessionServer;
  readonly role: Role;
  readonly confidence: Confidence;
  readonly reason: string;
}

export interface Combination {
  readonly kind: CombinationKind;
  readonly session: Session;
  /** The server the finding is anchored on. */
  readonly anchor: SessionServer;
  /** The named path through the anchor, in flow order. */
  readonly path: readonly Leg[];
  /** Every other server taking part, with the roles it plays (for related locations). */
  readonly others: readonly { readonly entry: SessionServer; readonly legs: readonly Leg[] }[];
  /** How many other servers take part in all (`others` holds the first MAX_OTHERS of them). */
  readonly othersCount: number;
  readonly confidence: Confidence;
  /** One sentence naming the path. */
  readonly sentence: string;
}

export interface SessionLegs {
  readonly session: Session;
  readonly untrusted: readonly Leg[];
  readonly private: readonly Leg[];
  readonly outbound: readonly Leg[];
  readonly sensitive: readonly Leg[];
  /** Servers whose capabilities are unknown (not counted in any leg). */
  readonly unknown: readonly SessionServer[];
}

export function legsOf(session: Session): SessionLegs {
  const untrusted: Leg[] = [];
  const privateLegs: Leg[] = [];
  const outbound: Leg[] = [];
  const sensitive: Leg[] = [];
  const unknown: SessionServer[] = [];
  for (const entry of session.servers) {
    const caps = capabilitiesOf(entry.server);
    if (caps.unknown) unknown.push(entry);
    const leg = (role: Role, evidence: CapabilityEvidence | undefined): Leg | undefined =>
      evidence ? { entry, role, confidence: evidence.confidence, reason: evidence.reason } : undefined;
    const u = leg('untrusted', get(caps, 'reads_untrusted_content'));
    const p = leg('private', get(caps, 'reads_private_data'));
    const s = leg('sensitive', get(caps, 'sensitive_account'));
    const o = outboundLeg(entry, caps);
    if (u) untrusted.push(u);
    if (p) privateLegs.push(p);
    if (o) outbound.push(o);
    if (s) sensitive.push(s);
  }
  return { session, untrusted, private: privateLegs, outbound, sensitive, unknown };
}

/** A way out: direct external communication, or code execution (which can run `curl`), one confidence step lower. */
function outboundLeg(entry: SessionServer, caps: ServerCapabilities): Leg | undefined {
  const direct = get(caps, 'external_communication');
  if (direct) return { entry, role: 'outbound', confidence: direct.confidence, reason: direct.reason };
  const exec = get(caps, 'executes_code');
  if (!exec) return undefined;
  return { entry, role: 'outbound', confidence: exec.confidence === 'high' ? 'medium' : 'low', reason: `${exec.reason}; running commands can send data anywhere` };
}

function get(caps: ServerCapabilities, capability: Capability): CapabilityEvidence | undefined {
  return caps.capabilities.get(capability);
}

const bySet = new WeakMap<readonly ConfigInSet[], readonly Combination[]>();

/**
 * Every combination in the sessions of one lint run. The three combination rules receive the same `configs` array, so
 * sessions and combinations are computed once per run (per keystroke in the editor), not once per rule.
 */
export function combinationsOfSet(configs: readonly ConfigInSet[]): readonly Combination[] {
  const cached = bySet.get(configs);
  if (cached) return cached;
  const combinations = effectiveSessions(configs).flatMap((session) => combinationsOf(legsOf(session)));
  bySet.set(configs, combinations);
  return combinations;
}

/** Related locations beyond this many help nobody (and cost quadratic memory in huge configs). */
const MAX_OTHERS = 25;

export function combinationsOf(legs: SessionLegs): Combination[] {
  const found: Combination[] = [];
  const untrusted = indexLegs(legs.untrusted);
  const privateLegs = indexLegs(legs.private);
  const outbound = indexLegs(legs.outbound);
  const sensitive = indexLegs(legs.sensitive);
  const trifecta = legs.untrusted.length > 0 && legs.private.length > 0 && legs.outbound.length > 0;
  if (trifecta) {
    const byEntry = groupByEntry([legs.untrusted, legs.private, legs.outbound]);
    for (const entry of byEntry.keys()) {
      const path: Leg[] = [];
      for (const group of [untrusted, privateLegs, outbound]) path.push(pickInPath(group, entry, path));
      const [u, p, o] = path as [Leg, Leg, Leg];
      found.push(make('lethal-trifecta', legs, entry, path, byEntry, trifectaSentence(u, p, o)));
    }
  } else if (legs.private.length > 0 && legs.outbound.length > 0) {
    const byEntry = groupByEntry([legs.private, legs.outbound]);
    for (const entry of involvedDistinct(legs.private, legs.outbound)) {
      const [p, o] = pickPair(privateLegs, outbound, entry);
      found.push(make('exfiltration-pair', legs, entry, [p, o], byEntry,
        `a prompt can make the model read private data through ${p.entry.server.name} (${p.reason}) and send it out through ${o.entry.server.name} (${o.reason})`));
    }
  }
  if (legs.untrusted.length > 0 && legs.sensitive.length > 0) {
    const byEntry = groupByEntry([legs.untrusted, legs.sensitive]);
    for (const entry of involvedDistinct(legs.untrusted, legs.sensitive)) {
      const [u, s] = pickPair(untrusted, sensitive, entry);
      found.push(make('untrusted-content-with-sensitive-account', legs, entry, [u, s], byEntry,
        `untrusted content read by ${u.entry.server.name} (${u.reason}) can instruct the model to act through ${s.entry.server.name}, which reaches a sensitive account (${s.reason})`));
    }
  }
  return found;
}

/** The legs of one role, by server and ranked most certain first (file order among equals): picks stay O(1) per anchor. */
interface IndexedLegs {
  readonly byEntry: ReadonlyMap<SessionServer, Leg>;
  readonly ranked: readonly Leg[];
}

const RANK: Readonly<Record<Confidence, number>> = { high: 2, medium: 1, low: 0 };

function indexLegs(legs: readonly Leg[]): IndexedLegs {
  const byEntry = new Map<SessionServer, Leg>();
  for (const leg of legs) if (!byEntry.has(leg.entry)) byEntry.set(leg.entry, leg);
  const ranked = legs.map((leg, index) => ({ leg, index }))
    .sort((a, b) => RANK[b.leg.confidence] - RANK[a.leg.confidence] || a.index - b.index)
    .map((item) => item.leg);
  return { byEntry, ranked };
}

/**
 * The leg for the next role of a path through `anchor`: the anchor's own leg the first time it can play a role; once
 * it is on the path, another server that is at least as certain (a path across servers is the clearer story).
 */
function pickInPath(legs: IndexedLegs, anchor: SessionServer, path: readonly Leg[]): Leg {
  const own = legs.byEntry.get(anchor);
  const anchorUsed = path.some((leg) => leg.entry === anchor);
  if (own && !anchorUsed) return own;
  const other = best(legs, path, (leg) => leg.entry !== anchor && (!own || !stronger(own.confidence, leg.confidence)));
  return other ?? own ?? (best(legs, path, () => true) as Leg);
}

/** A pair through `anchor` with two different servers: the anchor's own leg and the most certain partner. */
function pickPair(first: IndexedLegs, second: IndexedLegs, anchor: SessionServer): [Leg, Leg] {
  const ownFirst = first.byEntry.get(anchor);
  const otherSecond = best(second, [], (leg) => leg.entry !== anchor);
  if (ownFirst && otherSecond) return [ownFirst, otherSecond];
  const ownSecond = second.byEntry.get(anchor) as Leg;
  return [best(first, [], (leg) => leg.entry !== anchor) as Leg, ownSecond];
}

/** Most certain accepted leg; among equals, a server not yet on the path, then file order. */
function best(legs: IndexedLegs, path: readonly Leg[], accept: (leg: Leg) => boolean): Leg | undefined {
  const onPath = (leg: Leg): boolean => path.some((p) => p.entry === leg.entry);
  let chosen: Leg | undefined;
  for (const leg of legs.ranked) {
    if (!accept(leg)) continue;
    if (!chosen) {
      chosen = leg;
      if (!onPath(leg)) return leg;
      continue;
    }
    if (leg.confidence !== chosen.confidence) return chosen;
    if (!onPath(leg)) return leg;
  }
  return chosen;
}

function trifectaSentence(u: Leg, p: Leg, o: Leg): string {
  const [un, pn, on] = [u.entry.server.name, p.entry.server.name, o.entry.server.name];
  if (un === pn && pn === on) {
    return `${un} alone has all three legs (${u.reason}): untrusted content it reads can instruct the model to read private data through it and send it out through it`;
  }
  return `untrusted content read by ${un} can instruct the model to read private data through ${pn} and send it out through ${on}`;
}

function make(kind: CombinationKind, legs: SessionLegs, anchor: SessionServer, path: Leg[], byEntry: ReadonlyMap<SessionServer, Leg[]>, sentence: string): Combination {
  // Path members first, then the rest in file order; linear, so large configs stay fast.
  const first = path.map((leg) => leg.entry).filter((entry, index, all) => entry !== anchor && all.indexOf(entry) === index);
  const chosen: SessionServer[] = [...first];
  for (const entry of byEntry.keys()) {
    if (chosen.length >= MAX_OTHERS) break;
    if (entry !== anchor && !first.includes(entry)) chosen.push(entry);
  }
  const others = chosen.map((entry) => ({ entry, legs: byEntry.get(entry) ?? [] }));
  const othersCount = byEntry.size - (byEntry.has(anchor) ? 1 : 0);
  const confidence = path.reduce<Confidence>((acc, leg) => weakest(acc, leg.confidence), 'high');
  return { kind, session: legs.session, anchor, path, others, othersCount, confidence, sentence };
}

/** Every server taking part in `groups`, with its legs, in file order of first appearance. */
function groupByEntry(groups: readonly (readonly Leg[])[]): Map<SessionServer, Leg[]> {
  const byEntry = new Map<SessionServer, Leg[]>();
  for (const group of groups) {
    for (const leg of group) {
      const list = byEntry.get(leg.entry);
      if (list) list.push(leg);
      else byEntry.set(leg.entry, [leg]);
    }
  }
  return byEntry;
}

/** Servers in `a` with a different partner in `b`, and the reverse. */
function involvedDistinct(a: readonly Leg[], b: readonly Leg[]): SessionServer[] {
  const seen = new Set<SessionServer>();
  for (const leg of a) if (b.some((other) => other.entry !== leg.entry)) seen.add(leg.entry);
  for (const leg of b) if (a.some((other) => other.entry !== leg.entry)) seen.add(leg.entry);
  return [...seen];
}
