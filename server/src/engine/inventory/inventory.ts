/**
 * The server inventory: per host session (user + project scopes merged), every server with its source, pinning,
 * capabilities with reasons, referenced secret names (never values), auto-approval, the combinations it takes part in,
 * and the other findings on it. Built from lint results; rendered by render-markdown.ts and as JSON.
 */
import type { Capability } from '../data/known-servers';
import { CAPABILITIES, CAPABILITY_LABELS } from '../capabilities/capability';
import { combinationsOf, legsOf, type Combination, type Role } from '../capabilities/combinations';
import { effectiveSessions, type Session, type SessionServer } from '../capabilities/effective-set';
import { knownServerFor } from '../capabilities/known-match';
import { capabilitiesOf } from '../capabilities/server-capabilities';
import type { Confidence, Finding } from '../findings/finding';
import type { LintResult } from '../lint';
import { findVariableReferences } from '../model/variables';
import type { ConfigInSet } from '../rules/rule';
import { normalizePath } from '../hosts/path-rules';
import { findSecrets } from '../secrets/find-secrets';
import { createScrubber } from '../secrets/scrubber';
import { redactUrl } from '../secrets/redact-url';
import { addToGroup } from '../add-to-group';

/** How paths are shown, and the scrubber every printed string goes through (a literal secret is never printed in full). */
interface Printer {
  readonly show: (path: string) => string;
  readonly scrub: (text: string) => string;
}

export interface InventoryCapability {
  readonly capability: Capability;
  readonly label: string;
  readonly confidence: Confidence;
  readonly reason: string;
}

export interface InventorySource {
  readonly kind: 'package' | 'image' | 'remote' | 'command' | 'none';
  /** `npm:@scope/pkg@1.2.3`, `oci:mcp/fetch:1.0`, `https://host/path`, `node /opt/server.js`. */
  readonly text: string;
  readonly ecosystem?: string;
  readonly name?: string;
  readonly version?: string;
  /** True for an exact version, digest or commit; false for a range, tag or nothing; absent when not a package. */
  readonly pinned?: boolean;
  readonly launcher?: string;
}

export interface InventoryCombination {
  readonly rule: Combination['kind'];
  readonly sentence: string;
  readonly confidence: Confidence;
  /** The other servers of the named path. */
  readonly with: readonly string[];
}

export interface InventoryServer {
  readonly name: string;
  readonly file: string;
  /** 1-based line of the server's name. */
  readonly line: number;
  readonly scope: string;
  readonly status: 'active' | 'disabled' | 'overridden';
  readonly source: InventorySource;
  readonly known?: { readonly id: string; readonly publisher: string; readonly official: boolean; readonly status: string };
  readonly capabilities: readonly InventoryCapability[];
  /** True when nothing is known about what the server can do. */
  readonly capabilitiesUnknown: boolean;
  readonly notes: readonly string[];
  /** Names of env vars, inputs and headers holding credentials: never their values. */
  readonly secrets: readonly string[];
  /** Tools run without asking: a list, `*`, or `all (trust)`. */
  readonly autoApproved: readonly string[];
  readonly combinations: readonly InventoryCombination[];
  /** Other findings on this server (pinning, advisories, secrets, ...), one line each. */
  readonly findings: readonly { readonly rule: string; readonly severity: string; readonly message: string }[];
}

export interface InventoryFlow {
  readonly role: Role;
  readonly server: string;
  readonly reason: string;
}

export interface InventorySession {
  readonly host: string;
  readonly hostName: string;
  readonly project?: string;
  readonly label: string;
  readonly servers: readonly InventoryServer[];
  /** Servers by role in risky combinations, for the flow diagram. */
  readonly flows: readonly InventoryFlow[];
}

export interface Inventory {
  readonly schema: 'mcp-warden-inventory/1';
  readonly files: readonly string[];
  readonly sessions: readonly InventorySession[];
}

const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|COOKIE|SESSION|DSN|DATABASE_URL|CONNECTION_STRING)/i;
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|x-[a-z-]*(key|token|secret|auth)[a-z-]*|api-key)$/i;

export interface InventoryOptions {
  /** How to show a file path (the CLI shows paths relative to the current folder); default: as linted. */
  readonly displayPath?: (path: string) => string;
}

export function buildInventory(results: readonly LintResult[], options: InventoryOptions = {}): Inventory {
  const context = inventoryContext(results, options);
  const sessions = effectiveSessions(context.configs).map((session) => inventorySession(session, context));
  return { schema: 'mcp-warden-inventory/1', files: results.filter((r) => r.isMcpConfig).map((r) => context.printer.show(r.path)), sessions };
}

/** What every server card of an inventory needs: the results by path, a scrubber of every secret, findings by server. */
interface InventoryContext {
  readonly configs: readonly ConfigInSet[];
  readonly byPath: ReadonlyMap<string, LintResult>;
  readonly printer: Printer;
  readonly findingsOf: (result: LintResult | undefined, serverName: string) => readonly Finding[];
}

function inventoryContext(results: readonly LintResult[], options: InventoryOptions): InventoryContext {
  const show = options.displayPath ?? ((path: string) => path);
  const byPath = new Map(results.map((result) => [normalizePath(result.path), result]));
  const configs: ConfigInSet[] = results.flatMap((result) => result.config ? [{ filePath: normalizePath(result.path), config: result.config, document: result.document }] : []);
  const scrub = createScrubber(results.flatMap((result) => result.config ? findSecrets(result.config, result.document).map((hit) => hit.secret) : []));
  // Grouped once per file: a lookup per server through every finding of the file was quadratic.
  const byServer = new Map<LintResult, Map<string, Finding[]>>();
  const findingsOf = (result: LintResult | undefined, serverName: string): readonly Finding[] => {
    if (!result) return [];
    let groups = byServer.get(result);
    if (!groups) {
      groups = new Map();
      for (const finding of result.findings) if (finding.server !== undefined) addToGroup(groups, finding.server, finding);
      byServer.set(result, groups);
    }
    return groups.get(serverName) ?? [];
  };
  return { configs, byPath, printer: { show, scrub }, findingsOf };
}

type ServerStatus = InventoryServer['status'];

/** The session's servers with their status, in the order the inventory lists them. */
function entriesWithStatus(session: Session): [SessionServer, ServerStatus][] {
  return [
    ...session.servers.map((entry): [SessionServer, ServerStatus] => [entry, 'active']),
    ...session.disabled.map((entry): [SessionServer, ServerStatus] => [entry, 'disabled']),
    ...session.shadowed.map((entry): [SessionServer, ServerStatus] => [entry, 'overridden']),
  ];
}

function inventorySession(session: Session, context: InventoryContext): InventorySession {
  const { byPath, findingsOf, printer } = context;
  const legs = legsOf(session);
  const combinations = combinationsOf(legs);
  const anchoredOn = new Map<SessionServer, Combination[]>();
  for (const combination of combinations) addToGroup(anchoredOn, combination.anchor, combination);
  // The servers a path names, and every other server that can play a role in it.
  const involved = new Set(combinations.flatMap((c) => [c.anchor, ...c.others.map((other) => other.entry)]));
  const flows: InventoryFlow[] = [];
  if (combinations.length > 0) {
    for (const group of [legs.untrusted, legs.private, legs.outbound, legs.sensitive]) {
      for (const leg of group) {
        if (!involved.has(leg.entry)) continue;
        if (leg.role === 'sensitive' && !combinations.some((c) => c.kind === 'untrusted-content-with-sensitive-account')) continue;
        flows.push({ role: leg.role, server: leg.entry.server.name, reason: printer.scrub(leg.reason) });
      }
    }
  }
  return {
    host: session.hostId,
    hostName: session.hostName,
    ...(session.project !== undefined ? { project: session.project } : {}),
    label: session.label,
    servers: entriesWithStatus(session).map(([entry, status]) => {
      const result = byPath.get(entry.filePath);
      return inventoryServer(entry, status, anchoredOn.get(entry) ?? [], findingsOf(result, entry.server.name), result, printer);
    }),
    flows,
  };
}

/** One server of a session: `own` are the combinations anchored on it, `serverFindings` the findings of its name. */
export function inventoryServer(
  entry: SessionServer, status: InventoryServer['status'], own: readonly Combination[], serverFindings: readonly Finding[], result: LintResult | undefined,
  printer: Printer = { show: (path) => path, scrub: (text) => text },
): InventoryServer {
  const { show, scrub } = printer;
  const { server } = entry;
  const caps = capabilitiesOf(server);
  const known = knownServerFor(server)?.server;
  const findings = serverFindings
    .filter((f) => !f.suppressed && !['lethal-trifecta', 'exfiltration-pair', 'untrusted-content-with-sensitive-account'].includes(f.ruleId) && within(f, entry))
    .map((f) => ({ rule: f.ruleId, severity: f.severity, message: scrub(f.message) }));
  return {
    name: server.name,
    file: show(result?.path ?? entry.filePath),
    line: (result?.lines.positionAt(server.nameSpan.offset).line ?? 0) + 1,
    scope: server.project !== undefined ? `${server.scope} (${server.project})` : server.scope,
    status,
    source: scrubSource(sourceOf(entry), scrub),
    ...(known ? { known: { id: known.id, publisher: known.publisher, official: known.official, status: known.status } } : {}),
    capabilities: CAPABILITIES.flatMap((capability) => {
      const evidence = caps.capabilities.get(capability);
      return evidence ? [{ capability, label: CAPABILITY_LABELS[capability], confidence: evidence.confidence, reason: scrub(evidence.reason) }] : [];
    }),
    capabilitiesUnknown: caps.unknown,
    notes: caps.notes.map(scrub),
    secrets: secretNames(entry),
    autoApproved: server.trust?.value === true ? ['all (trust)'] : (server.autoApprove?.items ?? []).map((item) => scrub(item.value)),
    combinations: own.map((c) => ({
      rule: c.kind,
      sentence: scrub(c.sentence),
      confidence: c.confidence,
      with: [...new Set(c.path.map((leg) => leg.entry.server.name).filter((name) => name !== server.name))],
    })),
    findings,
  };
}

/** A finding belongs to this entry when it lies inside the server's node (a file may define a name twice). */
function within(finding: Finding, entry: SessionServer): boolean {
  const node = entry.server.node;
  return finding.span.offset >= entry.server.nameSpan.offset && finding.span.offset <= node.offset + node.length;
}

function sourceOf(entry: SessionServer): InventorySource {
  const { server } = entry;
  const launch = server.launch;
  const pkg = launch?.package;
  if (pkg && pkg.ecosystem !== 'local') {
    const pinned = pkg.versionKind === 'exact' || pkg.versionKind === 'digest' || pkg.versionKind === 'commit';
    const version = pkg.version ?? (pkg.digest ? `@${pkg.digest}` : undefined);
    const separator = pkg.ecosystem === 'pypi' ? '' : pkg.ecosystem === 'oci' ? ':' : '@';
    const shownVersion = pkg.version === undefined ? '' : pkg.ecosystem === 'pypi' && /^[0-9]/.test(pkg.version) ? `==${pkg.version}` : `${separator}${pkg.version}`;
    return {
      kind: pkg.ecosystem === 'oci' ? 'image' : 'package',
      text: `${pkg.ecosystem}:${pkg.name}${shownVersion}${pkg.digest && pkg.ecosystem === 'oci' ? `@${pkg.digest}` : ''}`,
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      ...(version !== undefined ? { version } : {}),
      pinned,
      launcher: launch.launcher,
    };
  }
  if (server.url) return { kind: 'remote', text: redactUrl(server.url.value.split(/[?#]/)[0] ?? server.url.value) };
  if (server.command) {
    const words = [server.command.value, ...server.args.slice(0, 3).map((arg) => arg.value)].join(' ');
    return { kind: 'command', text: words.length > 120 ? `${words.slice(0, 117)}...` : words, ...(launch ? { launcher: launch.launcher } : {}) };
  }
  return { kind: 'none', text: '(no command or URL)' };
}

function scrubSource(source: InventorySource, scrub: (text: string) => string): InventorySource {
  return { ...source, text: scrub(source.text) };
}

/** Credential names only: secret-looking env keys, secret headers, and variables referenced anywhere in the entry. */
function secretNames(entry: SessionServer): string[] {
  const { server } = entry;
  const names = new Set<string>();
  for (const env of server.env) {
    if (SECRET_NAME.test(env.key)) names.add(env.key);
    if (typeof env.value.value === 'string') for (const ref of findVariableReferences(env.value.value)) if (ref.syntax !== 'predefined') names.add(ref.name);
  }
  for (const header of server.headers) {
    if (SECRET_HEADER.test(header.key)) names.add(`header ${header.key}`);
    if (typeof header.value.value === 'string') for (const ref of findVariableReferences(header.value.value)) if (ref.syntax !== 'predefined') names.add(ref.name);
  }
  for (const value of [server.url?.value ?? '', ...server.args.map((arg) => arg.value)]) {
    for (const ref of findVariableReferences(value)) if (ref.syntax !== 'predefined') names.add(ref.name);
  }
  return [...names].sort();
}

/**
 * The inventory entry of the server named `serverName` in the file at `path` (for an editor hover): the first session
 * that file's server takes part in, so combinations with the user-level files are included. Only that card is built:
 * a whole inventory of a 2,000-server file took 27 ms, on every hover (now 8 ms).
 */
export function inventoryServerAt(results: readonly LintResult[], path: string, serverName: string): InventoryServer | undefined {
  const target = normalizePath(path);
  const context = inventoryContext(results, {});
  for (const session of effectiveSessions(context.configs)) {
    const found = entriesWithStatus(session).find(([entry]) => entry.server.name === serverName && entry.filePath === target);
    if (!found) continue;
    const [entry, status] = found;
    const own = combinationsOf(legsOf(session)).filter((combination) => combination.anchor === entry);
    const result = context.byPath.get(entry.filePath);
    return inventoryServer(entry, status, own, context.findingsOf(result, serverName), result, context.printer);
  }
  return undefined;
}
