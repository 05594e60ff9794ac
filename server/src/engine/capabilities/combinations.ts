/**
 * Risky combinations in one session, each reported on its most telling path:
 * - untrusted content that anyone can write (a page, a search result, a mail) next to a sensitive account or a shell;
 * - the lethal trifecta across servers: that content + private data + a way out;
 * - the weaker exfiltration pair (private data + a way out) when no such content is loaded;
 * - and every server that holds all three legs on its own (any untrusted content: the GitHub issue attack).
 * One path per risk and session: the servers it names carry the finding, and every other server that could play a
 * role is a related location. Ten web and account servers read as a few findings, not one per server; disabling a
 * named server brings up the next path, if any.
 */
import { confidenceRank, type Confidence } from '../findings/finding';
import { memoizeLatest } from '../bounded-memo';
import type { Capability } from '../data/known-servers';
import { weakest, type CapabilityEvidence, type ServerCapabilities } from './capability';
import type { ConfigInSet } from '../rules/rule';
import { effectiveSessions, type Session, type SessionServer } from './effective-set';
import { capabilitiesOf } from './server-capabilities';
import { isFilesystemServer, rootsOf } from './server-roots';
import { compareByKeys, pickBest, type RankKey } from './pick-best';

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
  /** The server the finding is anchored on: one of the servers the path names. */
  readonly anchor: SessionServer;
  /** The named path, in flow order. */
  readonly path: readonly Leg[];
  /** The other servers of the path, then every other server that can play a role (for related locations). */
  readonly others: readonly { readonly entry: SessionServer; readonly legs: readonly Leg[] }[];
  /** How many other servers take part in all (`others` holds the first MAX_OTHERS of them). */
  readonly othersCount: number;
  readonly confidence: Confidence;
  /** One sentence naming the path. */
  readonly sentence: string;
}

export interface SessionLegs {
  readonly session: Session;
  /** Untrusted content anyone can write: what starts a path across servers. */
  readonly untrusted: readonly Leg[];
  readonly private: readonly Leg[];
  readonly outbound: readonly Leg[];
  readonly sensitive: readonly Leg[];
  /** Servers that hold all three legs alone (untrusted content of any kind). */
  readonly selfContained: readonly (readonly [Leg, Leg, Leg])[];
  /** Servers whose capabilities are unknown (not counted in any leg). */
  readonly unknown: readonly SessionServer[];
}

export function legsOf(session: Session): SessionLegs {
  const untrusted: Leg[] = [];
  const privateLegs: Leg[] = [];
  const outbound: Leg[] = [];
  const sensitive: Leg[] = [];
  const selfContained: [Leg, Leg, Leg][] = [];
  const unknown: SessionServer[] = [];
  for (const entry of session.servers) {
    const caps = capabilitiesOf(entry.server);
    if (caps.unknown) unknown.push(entry);
    const leg = (role: Role, evidence: CapabilityEvidence | undefined): Leg | undefined =>
      evidence ? { entry, role, confidence: evidence.confidence, reason: evidence.reason } : undefined;
    const anyUntrusted = get(caps, 'reads_untrusted_content');
    const u = anyUntrusted?.kind === 'open' ? leg('untrusted', anyUntrusted) : undefined;
    const p = leg('private', get(caps, 'reads_private_data'));
    const o = outboundLeg(entry, caps);
    const s = leg('sensitive', get(caps, 'sensitive_account')) ?? shellLeg(entry, caps);
    if (u) untrusted.push(u);
    if (p) privateLegs.push(p);
    if (o) outbound.push(o);
    if (s) sensitive.push(s);
    if (anyUntrusted && p && o) selfContained.push([leg('untrusted', anyUntrusted) as Leg, p, o]);
  }
  return { session, untrusted, private: privateLegs, outbound, sensitive, selfContained, unknown };
}

/**
 * A way out: direct external communication, or code running on the machine (which can run `curl`), one confidence step
 * lower. A documentation index is not one: its queries name a library or a page.
 */
function outboundLeg(entry: SessionServer, caps: ServerCapabilities): Leg | undefined {
  const direct = get(caps, 'external_communication');
  if (direct && get(caps, 'reads_untrusted_content')?.kind !== 'docs') return { entry, role: 'outbound', confidence: direct.confidence, reason: direct.reason };
  const exec = get(caps, 'executes_code');
  if (exec?.kind !== 'machine') return undefined;
  return { entry, role: 'outbound', confidence: exec.confidence === 'high' ? 'medium' : 'low', reason: `${exec.reason}; running commands can send data anywhere` };
}

/** Code running on the machine or a cluster reaches every credential there: as sensitive as an account. */
function shellLeg(entry: SessionServer, caps: ServerCapabilities): Leg | undefined {
  const exec = get(caps, 'executes_code');
  if (exec?.kind !== 'machine') return undefined;
  return { entry, role: 'sensitive', confidence: exec.confidence, reason: exec.reason };
}

function get(caps: ServerCapabilities, capability: Capability): CapabilityEvidence | undefined {
  return caps.capabilities.get(capability);
}

/**
 * Every combination in the sessions of one lint run. The three combination rules receive the same `configs` array, so
 * sessions and combinations are computed once per run (per keystroke in the editor), not once per rule.
 */
export const combinationsOfSet: (configs: readonly ConfigInSet[]) => readonly Combination[] = memoizeLatest((configs) =>
  effectiveSessions(configs).flatMap((session) => combinationsOf(legsOf(session))));

/** Related locations beyond this many help nobody (and cost quadratic memory in huge configs). */
const MAX_OTHERS = 25;

const certainty: RankKey<Leg> = (leg) => confidenceRank(leg.confidence);

export function combinationsOf(legs: SessionLegs): Combination[] {
  const found: Combination[] = [];
  const named = new Set<SessionServer>();
  const isNamed: RankKey<Leg> = (leg) => (named.has(leg.entry) ? 1 : 0);
  const name = (path: readonly Leg[]): void => path.forEach((leg) => named.add(leg.entry));
  const add = (kind: CombinationKind, path: Leg[], participants: readonly (readonly Leg[])[], sentence: string): boolean => {
    const combinations = anchoredOnPath(kind, legs.session, path, participants, sentence);
    found.push(...combinations);
    if (combinations.length > 0) name(path);
    return combinations.length > 0;
  };

  // Untrusted content next to a sensitive account or a shell: the best trigger that has a target other than itself.
  const triggers = [...legs.untrusted].sort(compareByKeys([certainty, isBrowser]));
  let trigger: Leg | undefined = triggers[0];
  for (const candidate of triggers) {
    // A real account before a shell: the account is what the reviewer of this session has to weigh.
    const target = pickBest(legs.sensitive, [(leg) => (isShell(leg) ? 0 : 1), certainty], (leg) => leg.entry !== candidate.entry);
    if (!target) continue;
    trigger = candidate;
    add('untrusted-content-with-sensitive-account', [candidate, target], [legs.untrusted, legs.sensitive],
      `untrusted content read by ${candidate.entry.server.name} (${candidate.reason}) can instruct the model to act through ${target.entry.server.name}, which ${isShell(target) ? 'runs commands with the credentials it has' : 'reaches a sensitive account'} (${target.reason})`);
    break;
  }

  // The lethal trifecta across servers, through what is already named where it is as certain.
  let trifecta: Leg[] | undefined;
  if (trigger) {
    const t = trigger;
    const notTrigger: RankKey<Leg> = (leg) => (leg.entry !== t.entry ? 1 : 0);
    const p = pickBest(legs.private, [certainty, notTrigger, isNamed, readsFiles, breadth]);
    const o = p && pickBest(legs.outbound, [(leg) => (leg.entry !== p.entry ? 1 : 0), (leg) => (leg.entry === t.entry || named.has(leg.entry) ? 1 : 0), certainty]);
    if (p && o && new Set([t.entry, p.entry, o.entry]).size > 1) {
      const path = [t, p, o];
      const reported = add('lethal-trifecta', path, [legs.untrusted, legs.private, legs.outbound],
        `untrusted content read by ${t.entry.server.name} can instruct the model to read private data through ${p.entry.server.name} and send it out through ${o.entry.server.name}`);
      if (reported) trifecta = path;
    }
  }

  // Without content anyone can write, private data next to a way out is still one prompt away from leaving.
  if (!trifecta) {
    const p = pickBest(legs.private, [certainty, readsFiles, breadth], (leg) => legs.outbound.some((o) => o.entry !== leg.entry));
    const o = p && pickBest(legs.outbound, [isNamed, certainty], (leg) => leg.entry !== p.entry);
    if (p && o) {
      add('exfiltration-pair', [p, o], [legs.private, legs.outbound],
        `a prompt can make the model read private data through ${p.entry.server.name} (${p.reason}) and send it out through ${o.entry.server.name} (${o.reason})`);
    }
  }

  // A server with all three legs alone, unless a path across servers already names it with at least that certainty.
  const onTrifecta = new Set(trifecta?.map((leg) => leg.entry));
  const trifectaCertainty = Math.min(...(trifecta ?? []).map(certainty));
  for (const [u, p, o] of legs.selfContained) {
    if (onTrifecta.has(u.entry) && trifectaCertainty >= Math.min(certainty(u), certainty(p), certainty(o))) continue;
    found.push(...anchoredOnPath('lethal-trifecta', legs.session, [u, p, o], [], `${u.entry.server.name} alone has all three legs (${u.reason}): untrusted content it reads can instruct the model to read private data through it and send it out through it`));
  }
  return found;
}

const isBrowser: RankKey<Leg> = (leg) => (get(capabilitiesOf(leg.entry.server), 'executes_code')?.kind === 'page' ? 1 : 0);
const isShell = (leg: Leg): boolean => get(capabilitiesOf(leg.entry.server), 'sensitive_account') === undefined;
/** Files on disk first: the private data people least expect to leave. */
const readsFiles: RankKey<Leg> = (leg) => (isFilesystemServer(leg.entry.server) ? 1 : 0);
/** Among file servers, the one given the widest folder (fewest path segments). */
// Folded, not Math.min(...roots): a server can have more roots than a call may take arguments.
const breadth: RankKey<Leg> = (leg) => -rootsOf(leg.entry.server).reduce((fewest, root) => Math.min(fewest, root.value.split(/[\\/]+/).filter(Boolean).length), 99);

/** One combination per distinct server on the path; the rest of the path and the other participants are related. */
function anchoredOnPath(kind: CombinationKind, session: Session, path: Leg[], participants: readonly (readonly Leg[])[], sentence: string): Combination[] {
  const onPath = [...new Set(path.map((leg) => leg.entry))];
  const roles = new Map<SessionServer, Leg[]>();
  for (const leg of path) roles.set(leg.entry, [...(roles.get(leg.entry) ?? []), leg]);
  for (const group of participants) {
    for (const leg of group) {
      const list = roles.get(leg.entry);
      if (!list) roles.set(leg.entry, [leg]);
      else if (!list.some((known) => known.role === leg.role)) list.push(leg);
    }
  }
  // A path guessed from names alone is not worth a finding: the inventory still lists those capabilities.
  if (path.every((leg) => leg.confidence === 'low')) return [];
  const confidence = path.reduce<Confidence>((acc, leg) => weakest(acc, leg.confidence), 'high');
  return onPath.map((anchor) => {
    const others: SessionServer[] = onPath.filter((entry) => entry !== anchor);
    for (const entry of roles.keys()) {
      if (others.length >= MAX_OTHERS) break;
      if (entry !== anchor && !others.includes(entry)) others.push(entry);
    }
    return {
      kind,
      session,
      anchor,
      path,
      others: others.map((entry) => ({ entry, legs: roles.get(entry) ?? [] })),
      othersCount: roles.size - 1,
      confidence,
      sentence,
    };
  });
}
