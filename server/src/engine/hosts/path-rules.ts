/** File-path rules shared by the host formats: which paths a host claims, in which scope, how specifically. */
import type { JSONPath } from '../parse/document';
import type { ConfigScope } from '../model/mcp-config';
import type { PathContext, PathMatch } from './host-format';

export interface PathRule {
  /** A `/`-separated path suffix (`.cursor/mcp.json`) or a pattern tested against the whole lower-cased path. */
  readonly suffix: string | RegExp;
  /** Glob for editors and file watchers (`**\/.cursor/mcp.json`). */
  readonly glob: string;
  /** `home-or-project`: user scope when the file sits directly in the home folder, else project. */
  readonly scope: ConfigScope | 'home-or-project';
  readonly specificity: number;
  readonly requiresMcpContent?: boolean;
  /** Where the MCP keys live inside this kind of file. */
  readonly rootPath?: JSONPath;
}

export interface RuledMatch extends PathMatch {
  readonly rootPath: JSONPath;
}

export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/');
}

export function matchPathRules(rules: readonly PathRule[], rawPath: string, context: PathContext): RuledMatch | undefined {
  const path = normalizePath(rawPath);
  const lower = path.toLowerCase();
  let best: RuledMatch | undefined;
  for (const rule of rules) {
    const hit = typeof rule.suffix === 'string'
      ? lower === rule.suffix.toLowerCase() || lower.endsWith('/' + rule.suffix.toLowerCase())
      : rule.suffix.test(lower);
    if (!hit) continue;
    const scope = rule.scope === 'home-or-project' ? homeOrProject(path, rule.suffix, context) : rule.scope;
    if (!best || rule.specificity > best.specificity) {
      best = {
        scope,
        specificity: rule.specificity,
        rootPath: rule.rootPath ?? [],
        ...(rule.requiresMcpContent ? { requiresMcpContent: true } : {}),
      };
    }
  }
  return best;
}

function homeOrProject(path: string, suffix: string | RegExp, context: PathContext): ConfigScope {
  if (!context.homeDir || typeof suffix !== 'string') return 'project';
  const home = normalizePath(context.homeDir).replace(/\/+$/, '').toLowerCase();
  return path.toLowerCase() === `${home}/${suffix.toLowerCase()}` ? 'user' : 'project';
}

/** The last path segment. */
export function fileNameOf(path: string): string {
  return normalizePath(path).split('/').pop() ?? path;
}
