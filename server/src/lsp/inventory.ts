/** The servers of every linted file, for the client's "Show Server Inventory" view (`mcpWarden/inventory`). */
import { compareCodeUnits, compareNames, DEFAULT_ENGINE_CONFIG, lintFiles, redactUrl, type Finding, type LintInput } from '../engine/index';
import type { InventoryResult, InventoryServer } from '../protocol/protocol';
import { inventoryMarkdown } from './inventory-markdown';
import type { CachedLint } from './lint-cache';
import type { ReadCurrent } from './workspace-edits';

/** The report covers at most this many files (it lints them in one go, on request). */
const MAX_REPORT_FILES = 500;

/** The Markdown inventory of the given files, linted as one session; undefined when none can be read. */
export async function inventoryReport(
  paths: readonly string[],
  context: { readonly readCurrent: ReadCurrent; readonly homeDir: string; readonly today: string; readonly folders: readonly string[] },
): Promise<string | undefined> {
  const inputs: LintInput[] = [];
  for (const path of paths.slice(0, MAX_REPORT_FILES)) {
    const current = await context.readCurrent(path).catch(() => undefined);
    if (current) inputs.push({ text: current.text, path, homeDir: context.homeDir, config: { ...DEFAULT_ENGINE_CONFIG, today: context.today } });
  }
  if (inputs.length === 0) return undefined;
  const results = lintFiles(inputs).filter((result) => result.isMcpConfig);
  return inventoryMarkdown(results.map((result) => ({ path: result.path, result })), context.folders);
}

export function inventoryResult(servers: readonly InventoryServer[]): InventoryResult {
  return { servers: [...servers].sort((a, b) => compareNames(a.name, b.name) || compareCodeUnits(a.uri, b.uri)) };
}

/** The servers of linted files. */
export function inventoryOf(entries: Iterable<Pick<CachedLint, 'uri' | 'result'>>): InventoryServer[] {
  const servers: InventoryServer[] = [];
  for (const entry of entries) {
    const config = entry.result.config;
    if (!config) continue;
    const rulesByServer = rulesOfServers(entry.result.findings);
    for (const server of config.servers) {
      const ref = server.launch?.package;
      servers.push({
        name: server.name,
        uri: entry.uri,
        line: entry.result.lines.positionAt(server.nameSpan.offset).line,
        host: config.host.id,
        scope: server.scope,
        transport: server.transport,
        disabled: server.disabled?.value === true,
        findings: [...rulesByServer.get(server.name) ?? []],
        ...(server.launch ? { launcher: server.launch.launcher } : server.command ? { launcher: server.command.value } : {}),
        ...(ref ? { package: `${ref.ecosystem}:${ref.name}${ref.version ? `@${ref.version}` : ''}` } : {}),
        ...(server.url ? { url: shownUrl(server.url.value) } : {}),
      });
    }
  }
  return servers;
}

/** The rule ids of the unsuppressed findings of each server, in one pass (not one pass per server). */
function rulesOfServers(findings: readonly Finding[]): Map<string, Set<string>> {
  const rules = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (finding.server === undefined || finding.suppressed) continue;
    let ofServer = rules.get(finding.server);
    if (!ofServer) rules.set(finding.server, (ofServer = new Set()));
    ofServer.add(finding.ruleId);
  }
  return rules;
}

/** URLs carry credentials in userinfo, capability paths (webhooks) and the query: all redacted, the query dropped. */
function shownUrl(url: string): string {
  const redacted = redactUrl(url);
  const queryAt = redacted.search(/[?#]/);
  return queryAt === -1 ? redacted : `${redacted.slice(0, queryAt)}?\u2026`;
}
