/** Turns a combination into a finding: anchored on the server's name, related locations on the others, a disable fix where the host has one. */
import { withLazyEdits, type Fix } from '../findings/fix';
import type { RelatedLocation } from '../findings/finding';
import type { ReportInput, SetContext } from '../rules/rule';
import type { Combination, Role } from './combinations';
import type { SessionServer } from './effective-set';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  untrusted: 'reads untrusted content',
  private: 'reads private data',
  outbound: 'can send data out',
  sensitive: 'reaches a sensitive account or runs commands',
};

const TITLES: Readonly<Record<Combination['kind'], string>> = {
  'lethal-trifecta': 'Lethal trifecta',
  'exfiltration-pair': 'Exfiltration pair',
  'untrusted-content-with-sensitive-account': 'Untrusted content next to a sensitive account',
};

export function reportCombination(combination: Combination, context: SetContext): void {
  context.report(combination.anchor.filePath, combinationReport(combination));
}

export function combinationReport(combination: Combination): ReportInput {
  const { anchor, session } = combination;
  const related: RelatedLocation[] = combination.others.map(({ entry, legs }) => ({
    ...(entry.filePath !== anchor.filePath ? { file: entry.filePath } : {}),
    span: entry.server.nameSpan,
    message: `${entry.server.name}: ${legs.map((leg) => `${ROLE_LABELS[leg.role]} (${leg.reason})`).join('; ')}`,
  }));
  const extra = combination.othersCount - (combination.path.filter((leg) => leg.entry !== anchor).map((leg) => leg.entry).filter((e, i, all) => all.indexOf(e) === i).length);
  const where = anchorIsShared(anchor) && session.project !== undefined ? ` (in ${session.label})` : '';
  const more = extra > 0 ? ` ${extra} more server${extra === 1 ? ' takes' : 's take'} part (related locations).` : '';
  const fix = disableFix(anchor);
  return {
    message: `${TITLES[combination.kind]}${where}: ${combination.sentence}.${more} Keep them out of one session, or disable one.`,
    span: anchor.server.nameSpan,
    path: anchor.server.path,
    confidence: combination.confidence,
    // A path guessed from names only is worth a look, not a red build: at most a warning.
    ...(combination.confidence === 'low' ? { severity: 'warning' as const } : {}),
    server: anchor.server.name,
    related,
    // A path across servers and a server's own trifecta can both sit on one server: two findings, two keys.
    discriminator: combination.path.every((leg) => leg.entry === anchor) ? session.label : `${session.label}|path`,
    ...(fix ? { fixes: [fix] } : {}),
  };
}

/** A user-level file joins every project's session: say which session a finding is about. */
function anchorIsShared(anchor: SessionServer): boolean {
  return ['user', 'profile', 'system'].includes(anchor.server.scope);
}

/** Turns the server off in hosts with a disabled flag (`disabled: true`, Zed `enabled: false`). */
export function disableFix(entry: SessionServer): Fix | undefined {
  const field = entry.config.host.capabilities.disableField;
  // Only an object can take the flag (a server written as a string or array is reported by structure rules).
  if (!field || entry.server.node.type !== 'object') return undefined;
  return withLazyEdits({
    title: `Disable server "${entry.server.name}"`,
    safe: false,
    note: 'The host stops starting this server; turn it back on where you need it, in a separate session.',
  }, () => entry.document.editor().setValue([...entry.server.path, field.key], !field.inverted));
}
