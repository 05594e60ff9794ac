/**
 * Finds the known server a package name imitates: homoglyphs, scope confusion, an unscoped copy of an official
 * scoped name, and small edits (a typo, a swapped or doubled letter) scaled by the name's length.
 */
import { memoize2 } from '../bounded-memo';
import type { Confidence } from '../findings/finding';
import { KNOWN_SERVERS, knownServerByPackage, type KnownServer } from '../data/known-servers';
import { foldConfusables, hasNonAscii, visualSkeleton } from './confusables';
import { editDistance } from './edit-distance';
import { normalizePackageName } from './package-key';

export type LookalikeKind = 'homoglyph' | 'scope-confusion' | 'unscoped-copy' | 'typo';

export interface Lookalike {
  readonly target: KnownServer;
  /** The genuine package name, as the data spells it. */
  readonly targetName: string;
  readonly kind: LookalikeKind;
  readonly confidence: Confidence;
  /** Why it looks alike, for the message ("one letter doubled", "scope @model-context-protocol instead of …"). */
  readonly reason: string;
}

interface Candidate {
  readonly ecosystem: string;
  readonly name: string;
  readonly normalized: string;
  readonly skeleton: string;
  readonly scope?: string;
  readonly rest: string;
  /** `squash` of the scope, the rest, and both joined: compared with every name, so computed once. */
  readonly squashedScope?: string;
  readonly squashedRest: string;
  readonly squashedScopedName?: string;
  readonly server: KnownServer;
}

function buildCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const server of KNOWN_SERVERS) {
    if (server.status === 'malicious' || server.status === 'suspicious') continue;
    for (const identity of [`${server.ecosystem}:${server.package}`, ...server.aliases]) {
      const colon = identity.indexOf(':');
      const ecosystem = identity.slice(0, colon);
      const name = identity.slice(colon + 1);
      if (ecosystem !== 'npm' && ecosystem !== 'pypi' && ecosystem !== 'oci') continue;
      const normalized = normalizePackageName(ecosystem, name);
      const [scope, rest] = splitScope(normalized);
      const scoped = scope ? { scope, squashedScope: squash(scope), squashedScopedName: squash(`${scope}${rest}`) } : {};
      out.push({ ecosystem, name, normalized, skeleton: visualSkeleton(normalized), ...scoped, rest, squashedRest: squash(rest), server });
    }
  }
  return out;
}

/** `@scope/rest` -> [`scope`, `rest`]; images `owner/repo` -> [`owner`, `repo`]. */
function splitScope(name: string): [string | undefined, string] {
  const match = /^@?([^/]+)\/(.+)$/.exec(name);
  return match ? [match[1], match[2] as string] : [undefined, name];
}

const squash = (value: string): string => visualSkeleton(value).replace(/[-_.]/g, '');

const CANDIDATES: readonly Candidate[] = buildCandidates();

/** How many edits a name of this length may differ by and still be a deliberate look-alike rather than another word. */
function allowedEdits(length: number): number {
  if (length < 7) return 0;
  if (length < 14) return 1;
  return 2;
}

/** The known server `name` imitates, or undefined. A known server never matches itself. */
export const findLookalike: (ecosystem: string, name: string) => Lookalike | undefined = memoize2(lookalikeOf);

function lookalikeOf(ecosystem: string, name: string): Lookalike | undefined {
  if (ecosystem !== 'npm' && ecosystem !== 'pypi' && ecosystem !== 'oci') return undefined;
  if (knownServerByPackage(ecosystem, name)) return undefined;
  const normalized = ecosystem === 'pypi' ? normalizePackageName('pypi', foldConfusables(name)) : foldConfusables(name);
  const skeleton = visualSkeleton(normalized);
  const [scope, rest] = splitScope(normalized);
  // The name's own forms, computed once rather than once per known server (10,000 new names once took 1.2 s).
  const ownNormalized = normalizePackageName(ecosystem, name);
  const squashedName = squash(normalized);
  const squashedScope = scope === undefined ? undefined : squash(scope);
  const squashedRest = squash(rest);
  const pool = CANDIDATES.filter((candidate) => candidate.ecosystem === ecosystem);
  let best: { lookalike: Lookalike; rank: number } | undefined;
  const offer = (candidate: Candidate, kind: LookalikeKind, confidence: Confidence, reason: string, rank: number): void => {
    if (best && best.rank <= rank) return;
    best = { lookalike: { target: candidate.server, targetName: candidate.name, kind, confidence, reason }, rank };
  };
  for (const candidate of pool) {
    if (candidate.normalized === ownNormalized) return undefined;
    if (skeleton === candidate.skeleton) {
      const nonAscii = hasNonAscii(name);
      offer(candidate, 'homoglyph', 'high', nonAscii ? 'it uses look-alike Unicode characters' : 'it swaps in look-alike characters', 0);
      continue;
    }
    if (ecosystem === 'npm' && scope && candidate.scope && scope !== candidate.scope && rest === candidate.rest) {
      const scopeDistance = editDistance(squashedScope as string, candidate.squashedScope as string, 2);
      if (scopeDistance <= (candidate.scope.length >= 8 ? 2 : 1)) {
        offer(candidate, 'scope-confusion', scopeDistance === 0 ? 'high' : 'medium', `scope @${scope} imitates @${candidate.scope}`, 1);
      }
      continue;
    }
    // Generic single words (`inspector`) are other packages' names too; distinctive rests (`server-filesystem`) are not.
    if (ecosystem === 'npm' && !scope && candidate.scope && candidate.server.official && candidate.rest.length >= 8 && /-|mcp/.test(candidate.rest)
      && (normalized === candidate.rest || squashedName === candidate.squashedScopedName)) {
      offer(candidate, 'unscoped-copy', 'medium', `it is an unscoped copy of the official @${candidate.scope}/${candidate.rest}`, 2);
      continue;
    }
    if (Boolean(scope) !== Boolean(candidate.scope) || (scope && candidate.scope && scope !== candidate.scope && squashedScope !== candidate.squashedScope)) continue;
    // Only separators differ inside the target's own namespace (`mcp/sequential-thinking`): nobody else can publish there.
    if (scope && scope === candidate.scope && squashedRest === candidate.squashedRest) continue;
    const limit = allowedEdits(candidate.normalized.length);
    if (limit === 0) continue;
    const distance = editDistance(normalized, candidate.normalized, limit);
    if (distance === 0 || distance > limit || differsInShortWord(normalized, candidate.normalized)) continue;
    offer(candidate, 'typo', distance === 1 ? 'medium' : 'low', describeEdit(normalized, candidate.normalized, distance), 2 + distance);
  }
  return best?.lookalike;
}

/**
 * Names of one family differ in one short word (`mcp-server-git` / `mcp-server-gis`, `awslabs.ecs-…` / `awslabs.eks-…`):
 * that is another product, not a typo.
 */
function differsInShortWord(name: string, target: string): boolean {
  const a = name.split(/[-_./@]/);
  const b = target.split(/[-_./@]/);
  if (a.length !== b.length) return false;
  const differing = a.flatMap((word, index) => (word === b[index] ? [] : [[word, b[index] as string] as const]));
  if (differing.length !== 1) return false;
  const [mine, theirs] = differing[0] as readonly [string, string];
  // Swapped or doubled letters stay typos even in a short word (`mpc` for `mcp`).
  const sameLetters = [...mine].sort().join('') === [...theirs].sort().join('');
  const doubled = mine.length === theirs.length + 1 && [...mine].some((char, i) => i > 0 && char === mine[i - 1] && mine.slice(0, i) + mine.slice(i + 1) === theirs);
  return Math.min(mine.length, theirs.length) <= 4 && !sameLetters && !doubled;
}

function describeEdit(name: string, target: string, distance: number): string {
  if (distance > 1) return `it differs by ${distance} characters`;
  if (name.length === target.length + 1) {
    for (let i = 1; i < name.length; i++) {
      if (name[i] === name[i - 1] && name.slice(0, i) + name.slice(i + 1) === target) return `it doubles the letter "${name[i]}"`;
    }
    return 'it adds one character';
  }
  if (name.length + 1 === target.length) return 'it drops one character';
  for (let i = 0; i + 1 < name.length; i++) {
    if (name[i] !== target[i]) return name[i] === target[i + 1] && name[i + 1] === target[i] ? 'it swaps two letters' : 'it changes one character';
  }
  return 'it changes one character';
}
