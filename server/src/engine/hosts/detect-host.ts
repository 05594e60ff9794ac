/** Picks the host of a file: a decisive path first, then the shape of the content, or an explicit override. */
import { memoize2 } from '../bounded-memo';
import type { JSONPath, ParsedDocument } from '../parse/document';
import { valueOf } from '../parse/nodes';
import type { McpConfig } from '../model/mcp-config';
import { ALL_HOSTS, hostById } from './all-hosts';
import type { HostFormat, PathContext, PathMatch } from './host-format';
import { fileNameOf } from './path-rules';

/** Where settings-style files keep the MCP keys (VS Code settings.json, `.code-workspace`, devcontainer.json). */
const NESTED_MCP_ROOTS: readonly JSONPath[] = [['mcp'], ['settings', 'mcp'], ['customizations', 'vscode', 'mcp']];

export interface HostDetection {
  /** The host, when the path or content identifies one. */
  readonly host?: HostFormat;
  /** The model, when the document holds MCP content for that host. */
  readonly config?: McpConfig;
  /** True when the file is not an MCP config at all (e.g. a settings.json without MCP keys). */
  readonly notOurs: boolean;
}

/** Path candidates with the highest specificity, best shape first. */
export function hostsForPath(path: string, context: PathContext): { host: HostFormat; match: PathMatch }[] {
  return [...candidatesForPath(path, context.homeDir ?? '')];
}

/** Every lint of a file asks again: the path rules of all hosts (dozens of patterns) run once per path. */
const candidatesForPath = memoize2((path: string, homeDir: string): readonly { host: HostFormat; match: PathMatch }[] => {
  const context: PathContext = homeDir === '' ? {} : { homeDir };
  const candidates = ALL_HOSTS.flatMap((host) => {
    const match = host.matchPath(path, context);
    return match ? [{ host, match }] : [];
  });
  const best = Math.max(...candidates.map((c) => c.match.specificity));
  return candidates.filter((c) => c.match.specificity === best);
});

/** Whether a path names a file that some host reads (used by folder discovery and file watchers). */
export function isCandidatePath(path: string, context: PathContext = {}): boolean {
  return hostsForPath(path, context).length > 0 || fileNameOf(path).toLowerCase() === 'mcp.json';
}

export function detectHost(document: ParsedDocument, path: string, context: PathContext, overrideId?: string): HostDetection {
  if (overrideId) {
    const host = hostById(overrideId);
    if (!host) return { notOurs: true };
    const match = host.matchPath(path, context);
    const read = (rootPath: JSONPath | undefined): McpConfig | undefined =>
      host.read(document, { scope: match?.scope ?? 'unknown', detectedBy: 'override', ...(rootPath ? { rootPath } : {}) });
    let config = read(match?.rootPath);
    // A pasted snippet has no telling path: look for the MCP root where settings-style files keep it.
    if (!match && !config?.blocks.length) {
      const nested = NESTED_MCP_ROOTS.map(read).find((candidate) => candidate && candidate.blocks.length > 0);
      if (nested) config = nested;
    }
    return { host, notOurs: false, ...(config ? { config } : {}) };
  }

  const byPath = hostsForPath(path, context).sort((a, b) => b.host.shapeScore(document) - a.host.shapeScore(document));
  for (const { host, match } of byPath) {
    const config = host.read(document, {
      scope: match.scope,
      detectedBy: 'path',
      ...(match.rootPath ? { rootPath: match.rootPath } : {}),
      ...(match.requiresMcpContent ? { requiresMcpContent: true } : {}),
    });
    if (config) return { host, config, notOurs: false };
  }
  const first = byPath[0];
  if (first) {
    // A settings-style file without MCP keys is not ours; a dedicated MCP file always is (even empty or broken).
    return first.match.requiresMcpContent ? { notOurs: true } : { host: first.host, notOurs: false };
  }
  return detectByShape(document);
}

function detectByShape(document: ParsedDocument): HostDetection {
  if (document.root?.type !== 'object') return { notOurs: true };
  const nestedVscode = valueOf(valueOf(document.root, 'mcp'), 'servers');
  if (nestedVscode?.type === 'object') {
    const vscode = hostById('vscode') as HostFormat;
    const config = vscode.read(document, { scope: 'unknown', detectedBy: 'shape', rootPath: ['mcp'] });
    return { host: vscode, notOurs: false, ...(config ? { config } : {}) };
  }
  let best: HostFormat | undefined;
  let bestScore = 0;
  for (const host of ALL_HOSTS) {
    const score = host.shapeScore(document);
    if (score > bestScore) {
      best = host;
      bestScore = score;
    }
  }
  if (!best) return { notOurs: true };
  const config = best.read(document, { scope: 'unknown', detectedBy: 'shape' });
  return config ? { host: best, config, notOurs: false } : { notOurs: true };
}
