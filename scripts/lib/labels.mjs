import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Maps the real-config corpus labels (reviewer tags) to MCP Warden rule families (shared/fixtures/README.md).
export const FAMILIES = {
  'unpinned-package': { tags: ['unpinned-npm', 'unpinned-pypi', 'unpinned-docker', 'latest-tag'], rules: ['unpinned-package'] },
  'literal-secret': { tags: ['literal-secret'], rules: ['literal-secret', 'secret-in-args', 'credentials-in-url'] },
  'risky-combination': { tags: ['risky-pair'], rules: ['exfiltration-pair', 'untrusted-content-with-sensitive-account', 'lethal-trifecta'] },
  'auto-approve': { tags: ['auto-approve'], rules: ['auto-approve'] },
  'broad-filesystem-access': { tags: ['broad-fs-root'], rules: ['broad-filesystem-access'] },
  'insecure-transport': { tags: ['http-remote'], rules: ['insecure-transport'] },
  'lookalike-package': { tags: ['typosquat'], rules: ['lookalike-package'] },
};

/** Label host names -> MCP Warden host ids. */
export const HOST_IDS = { gemini: 'gemini-cli', amazonq: 'amazon-q', roo: 'roo-code' };

/** Suppressed findings and hints (suggestions, not problems) are left out of the evaluation. */
export function countsInEvaluation(finding) {
  return !finding.suppressed && finding.severity !== 'hint';
}

export function familyOfTag(tag) {
  return Object.entries(FAMILIES).find(([, family]) => family.tags.includes(tag))?.[0];
}

/**
 * The family a finding is scored in. The corpus labels risky *pairs* only: a lethal trifecta that one server completes
 * on its own (no related server) is outside the labels' vocabulary, so it is counted apart and not scored.
 */
export function familyOfFinding(finding) {
  const family = familyOfRule(finding.rule);
  if (family === 'risky-combination' && (finding.related ?? []).length === 0) return UNSCORED.singleServerTrifecta;
  // The corpus tag broad-fs-root covers filesystem roots; the rule also reports container isolation flags.
  if (family === 'broad-filesystem-access' && CONTAINER_ISOLATION.test(finding.message)) return UNSCORED.containerIsolation;
  return family;
}

/** Findings the product reports on purpose but the corpus labels have no tag for: listed by the eval, not scored. */
export const UNSCORED = { singleServerTrifecta: 'single-server-trifecta', containerIsolation: 'container-isolation' };
const CONTAINER_ISOLATION = /--network host|--net host|--privileged|--pid host|--cap-add|docker socket|docker\.sock/i;

export function isUnscored(family) {
  return Object.values(UNSCORED).includes(family);
}

export function familyOfRule(rule) {
  return Object.entries(FAMILIES).find(([, family]) => family.rules.includes(rule))?.[0];
}

/** Where a fixture is placed so that the CLI sees its real file name, and the --host to pass when the name is not decisive. */
export function placementOf(label) {
  const host = HOST_IDS[label.host] ?? label.host;
  // MCP Warden's own cases (test/fixtures/labelled) say where they are placed.
  if (label.placedAt) return { relativePath: label.placedAt, host: undefined };
  if (label.source?.kind === 'file' && label.source.path) return { relativePath: label.source.path, host: undefined };
  return { relativePath: label.file, host };
}

/** The folder a labelled file is placed in (one per file, so files never share a session): `001`, `own-002`. */
export function folderOf(label) {
  return /^(own-)?\d+/.exec(label.file)?.[0] ?? label.file;
}

/** MCP Warden's own labelled configs, in shapes the shared corpus lacks (test/fixtures/labelled/README.md). */
export const OWN_CORPUS = fileURLToPath(new URL('../../test/fixtures/labelled/', import.meta.url));

/** Unlabelled findings kept on purpose, with reasons (label-disputes.json): scored apart, never silently. */
export const DISPUTES = JSON.parse(readFileSync(new URL('./label-disputes.json', import.meta.url), 'utf8')).disputes;

/**
 * Compares labels with findings per family at the level of (family, server). A pair label "a+b" is matched by a
 * combination finding on a or b; a server "*" label by any finding of the family in the file. An unmatched unit that
 * a dispute names counts as `disputed` instead of a false positive.
 */
export function scoreFile(label, findings, disputes = DISPUTES) {
  const results = {};
  const ensure = (family) => (results[family] ??= { tp: 0, fp: 0, fn: 0, disputed: 0, misses: [], extras: [], disputedUnits: [] });
  const labelled = new Map();
  for (const expect of label.expect) {
    const family = familyOfTag(expect.rule);
    if (!family) continue;
    const key = `${family}|${expect.server}`;
    if (!labelled.has(key)) labelled.set(key, { family, servers: expect.server.split('+'), detail: expect.detail, matched: false });
  }
  const units = new Map();
  for (const finding of findings) {
    // Scored as a user sees the report by default: suppressed findings and hints (suggestions) do not count.
    if (!countsInEvaluation(finding)) continue;
    const family = familyOfFinding(finding);
    if (!family) continue;
    if (isUnscored(family)) {
      ensure(family).extras.push(`${label.file}: ${finding.server}: ${finding.message}`);
      continue;
    }
    units.set(`${family}|${finding.server ?? ''}`, { family, server: finding.server ?? '', message: finding.message });
  }
  for (const unit of units.values()) {
    const match = [...labelled.values()].find((l) => l.family === unit.family && (l.servers.includes(unit.server) || l.servers.includes('*')));
    const dispute = disputes.find((d) => d.file === label.file && d.family === unit.family && d.server === unit.server);
    if (match) {
      match.matched = true;
      ensure(unit.family).tp++;
    } else if (dispute) {
      ensure(unit.family).disputed++;
      ensure(unit.family).disputedUnits.push(`${label.file}: ${unit.server}`);
    } else {
      ensure(unit.family).fp++;
      ensure(unit.family).extras.push(`${label.file}: ${unit.server || '(file)'}: ${unit.message}`);
    }
  }
  for (const l of labelled.values()) {
    if (l.matched) continue;
    ensure(l.family).fn++;
    ensure(l.family).misses.push(`${label.file}: ${l.servers.join('+')}: ${l.detail}`);
  }
  // Precision counts finding units, recall counts labels: a pair label matched by findings on both servers is one hit.
  for (const family of Object.keys(results)) {
    const r = results[family];
    r.labels = [...labelled.values()].filter((l) => l.family === family).length;
    r.matchedLabels = [...labelled.values()].filter((l) => l.family === family && l.matched).length;
  }
  return results;
}
