/** The servers of every linted file, for the client's "Show Server Inventory" view (`mcpWarden/inventory`). */
import { DEFAULT_ENGINE_CONFIG, lintFiles, type LintInput } from '../engine/index';
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
  return { servers: [...servers].sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri)) };
}

/** The servers of linted files. */
export function inventoryOf(entries: Iterable<Pick<CachedLint, 'uri' | 'result'>>): InventoryServer[] {
  const servers: InventoryServer[] = [];
  for (const entry of entries) {
    const config = entry.result.config;
    if (!config) continue;
    for (const server of config.servers) {
      const ref = server.launch?.package;
      const findings = entry.result.findings.filter((finding) => finding.server === server.name && !finding.suppressed).map((finding) => finding.ruleId);
      servers.push({
        name: server.name,
        uri: entry.uri,
        line: entry.result.lines.positionAt(server.nameSpan.offset).line,
        host: config.host.id,
        scope: server.scope,
        transport: server.transport,
        disabled: server.disabled?.value === true,
        findings: [...new Set(findings)],
        ...(server.launch ? { launcher: server.launch.launcher } : server.command ? { launcher: server.command.value } : {}),
        ...(ref ? { package: `${ref.ecosystem}:${ref.name}${ref.version ? `@${ref.version}` : ''}` } : {}),
        ...(server.url ? { url: redactUrl(server.url.value) } : {}),
      });
    }
  }
  return servers;
}

/** URLs can carry credentials or tokens in the query: show origin and path only. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return url.replace(/\?.*$/, '?…').replace(/\/\/[^/@]*@/, '//…@');
  }
}
