/**
 * The servers one host loads together in one session, from the files of a lint run: the user-level files of a host join
 * every project of that host; a name defined in several scopes keeps the entry of the winning scope (hosts.md:
 * Claude Code local > project > user, Cursor/Roo/Gemini/Amazon Q/Zed project > user, VS Code workspace > profile);
 * disabled servers are left out (also Claude Code `.mcp.json` servers named in `disabledMcpjsonServers`); a Claude Code
 * managed file replaces everything else.
 */
import { memoize } from '../bounded-memo';
import type { McpConfig } from '../model/mcp-config';
import type { ParsedDocument } from '../parse/document';
import type { ServerEntry } from '../model/server-entry';
import type { ConfigInSet } from '../rules/rule';

export interface SessionServer {
  readonly server: ServerEntry;
  readonly filePath: string;
  readonly config: McpConfig;
  readonly document: ParsedDocument;
}

export interface Session {
  readonly hostId: string;
  readonly hostName: string;
  /** The project folder, when the session belongs to one. */
  readonly project?: string;
  /** "Cursor, project /repo" or "Claude Desktop". */
  readonly label: string;
  /** Servers the host starts, after precedence; disabled ones left out. */
  readonly servers: readonly SessionServer[];
  /** Disabled servers (shown by the inventory, ignored by combination rules). */
  readonly disabled: readonly SessionServer[];
  /** Entries overridden by a higher-precedence scope. */
  readonly shadowed: readonly SessionServer[];
}

/** Higher wins when two scopes define the same server name. */
const SCOPE_RANK: Readonly<Record<string, number>> = { managed: 6, system: 5, local: 4, project: 3, workspace: 3, user: 1, profile: 1, unknown: 2 };

export function effectiveSessions(configs: readonly ConfigInSet[]): Session[] {
  const byHost = new Map<string, ConfigInSet[]>();
  for (const config of configs) {
    const list = byHost.get(config.config.host.id) ?? [];
    list.push(config);
    byHost.set(config.config.host.id, list);
  }
  const sessions: Session[] = [];
  for (const [hostId, files] of byHost) {
    const entries = files.flatMap((file) => file.config.servers.map((server) => ({
      server, filePath: file.filePath, config: file.config, document: file.document,
    })));
    const managed = entries.filter((entry) => entry.server.scope === 'managed');
    const hostName = files[0]?.config.host.displayName ?? hostId;
    if (managed.length > 0) {
      sessions.push(buildSession(hostId, hostName, undefined, managed));
      continue;
    }
    // Grouped once: a lint run over a thousand projects must not compare every entry with every project.
    const byProject = new Map<string, SessionServer[]>();
    const userLevel: SessionServer[] = [];
    for (const entry of entries) {
      const project = projectOf(entry);
      if (project === undefined) userLevel.push(entry);
      else (byProject.get(project) ?? byProject.set(project, []).get(project) as SessionServer[]).push(entry);
    }
    if (byProject.size === 0) {
      if (userLevel.length > 0) sessions.push(buildSession(hostId, hostName, undefined, userLevel));
      continue;
    }
    const rejectedByProject = rejectedMcpjsonServersByProject(files);
    for (const project of [...byProject.keys()].sort()) {
      const rejected = new Set([...(rejectedByProject.get(undefined) ?? []), ...(rejectedByProject.get(project) ?? [])]);
      sessions.push(buildSession(hostId, hostName, project, [...userLevel, ...(byProject.get(project) ?? [])], rejected));
    }
  }
  return sessions;
}

function buildSession(hostId: string, hostName: string, project: string | undefined, entries: readonly SessionServer[], rejected: ReadonlySet<string> = new Set()): Session {
  const winners = new Map<string, SessionServer>();
  const shadowed: SessionServer[] = [];
  for (const entry of entries) {
    const current = winners.get(entry.server.name);
    if (!current) {
      winners.set(entry.server.name, entry);
    } else if (rank(entry) > rank(current)) {
      shadowed.push(current);
      winners.set(entry.server.name, entry);
    } else {
      shadowed.push(entry);
    }
  }
  const active = [...winners.values()];
  const off = (entry: SessionServer): boolean =>
    entry.server.disabled?.value === true || (entry.server.scope === 'project' && rejected.has(entry.server.name));
  return {
    hostId,
    hostName,
    ...(project !== undefined ? { project } : {}),
    label: project !== undefined ? `${hostName}, project ${project}` : hostName,
    servers: active.filter((entry) => !off(entry)),
    disabled: active.filter(off),
    shadowed,
  };
}

/**
 * Claude Code: `.mcp.json` servers rejected in `.claude/settings*.json`, by project folder (`undefined` = the user
 * settings, which apply to every project).
 */
function rejectedMcpjsonServersByProject(files: readonly ConfigInSet[]): Map<string | undefined, Set<string>> {
  const byProject = new Map<string | undefined, Set<string>>();
  for (const file of files) {
    if (file.config.host.id !== 'claude-code') continue;
    const fileProject = file.config.scope === 'user' ? undefined : projectFolderOf(file.filePath);
    for (const setting of file.config.settings) {
      if (setting.key !== 'disabledMcpjsonServers' || !Array.isArray(setting.value.value)) continue;
      const names = byProject.get(fileProject) ?? byProject.set(fileProject, new Set()).get(fileProject) as Set<string>;
      for (const name of setting.value.value) if (typeof name === 'string') names.add(name);
    }
  }
  return byProject;
}

function rank(entry: SessionServer): number {
  return SCOPE_RANK[entry.server.scope] ?? 0;
}

/** The project folder an entry belongs to; undefined for user-level entries that apply to every project. */
export function projectOf(entry: SessionServer): string | undefined {
  if (entry.server.project !== undefined) return trimSlash(entry.server.project);
  const scope = entry.server.scope;
  if (scope === 'user' || scope === 'profile' || scope === 'system') return undefined;
  return projectFolderOf(entry.filePath);
}

/**
 * `/repo/.cursor/mcp.json` -> `/repo`; `/repo/.mcp.json` -> `/repo`; `/repo/sub/.vscode/mcp.json` -> `/repo/sub`.
 * Remembered per path: every server of a file asks.
 */
export const projectFolderOf: (filePath: string) => string = memoize(folderOfProjectFile);

function folderOfProjectFile(filePath: string): string {
  const parts = filePath.replace(/\\/g, '/').split('/');
  parts.pop();
  const dotFolder = parts.findIndex((part, index) => index > 0 && /^\.(vscode|cursor|roo|gemini|amazonq|zed|claude|junie|vs|windsurf|continue|codex)$/.test(part));
  const folder = dotFolder === -1 ? parts : parts.slice(0, dotFolder);
  return trimSlash(folder.join('/')) || '/';
}

function trimSlash(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/+$/, '');
}
