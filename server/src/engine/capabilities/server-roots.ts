/** The folders a server is given: positional roots of filesystem servers, root-like flags, and container bind mounts. */
import { memoizeOnObject } from '../bounded-memo';
import type { Located } from '../model/located';
import type { LaunchToken } from '../model/launch-spec';
import type { ServerEntry } from '../model/server-entry';
import type { Span } from '../text/span';
import { mountSource } from './filesystem-roots';
import { topicsIn } from './keyword-evidence';
import { knownServerFor } from './known-match';

export interface ServerRoot {
  readonly value: string;
  readonly span: Span;
  readonly via: 'argument' | 'flag' | 'mount';
  /** The whole argument when the root is the entire string (a fix can replace it). */
  readonly arg?: Located<string>;
  readonly readOnly: boolean;
}

const ROOT_FLAGS = /^--?(root|roots|allowed[-_]?dirs?|allowed[-_]?director(y|ies)|allow[-_]?dir|dir|directory|base[-_]?dir|workspace|repository|repo|project[-_]?root)$/i;

/** True for servers whose positional arguments are folders to serve (the reference filesystem server and look-alikes). */
export const isFilesystemServer: (server: ServerEntry) => boolean = memoizeOnObject(readsFolders);

/** A server's roots, shared by the capability analysis, the combination ranking and broad-filesystem-access. */
export const rootsOf: (server: ServerEntry) => readonly ServerRoot[] = memoizeOnObject(readRoots);

function readsFolders(server: ServerEntry): boolean {
  const known = knownServerFor(server);
  if (known) return known.server.id === 'mcp-filesystem';
  const names = [server.launch?.package?.name ?? '', server.name];
  return names.some((name) => topicsIn(name).some((topic) => topic.id === 'files'));
}

function readRoots(server: ServerEntry): ServerRoot[] {
  const roots: ServerRoot[] = [];
  const launch = server.launch;
  const tokens: readonly LaunchToken[] = launch ? launch.programArgs : server.args.map((arg, index) => ({ value: arg.value, span: arg.span, argIndex: index, embedded: false }));
  const argOf = (token: LaunchToken): Located<string> | undefined => {
    const arg = token.argIndex >= 0 && !token.embedded ? server.args[token.argIndex] : undefined;
    return arg && arg.value === token.value ? arg : undefined;
  };
  const add = (token: LaunchToken, via: ServerRoot['via'], value = token.value, readOnly = false): void => {
    const arg = via !== 'mount' && value === token.value ? argOf(token) : undefined;
    roots.push({ value, span: token.span, via, readOnly, ...(arg ? { arg } : {}) });
  };
  const positional = isFilesystemServer(server);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as LaunchToken;
    const eq = token.value.indexOf('=');
    const flag = token.value.startsWith('-') ? (eq === -1 ? token.value : token.value.slice(0, eq)) : undefined;
    if (flag && ROOT_FLAGS.test(flag)) {
      if (eq !== -1) roots.push({ value: token.value.slice(eq + 1), span: token.span, via: 'flag', readOnly: false });
      else if (tokens[index + 1]) add(tokens[++index] as LaunchToken, 'flag');
      continue;
    }
    if (!flag && positional && looksLikePath(token.value)) add(token, 'argument');
  }
  if (launch && (launch.launcher === 'docker-run' || launch.launcher === 'podman-run')) {
    const flags = launch.launcherFlags;
    for (let index = 0; index < flags.length; index++) {
      const token = flags[index] as LaunchToken;
      const [name, inline] = splitFlag(token.value);
      if (name !== '-v' && name !== '--volume' && name !== '--mount') continue;
      const valueToken = inline === undefined ? flags[index + 1] : undefined;
      const value = inline ?? valueToken?.value;
      if (valueToken) index++;
      if (value === undefined) continue;
      const mount = mountSource(name, value);
      if (mount) roots.push({ value: mount.source, span: (valueToken ?? token).span, via: 'mount', readOnly: mount.readOnly });
    }
  }
  return roots;
}

function splitFlag(value: string): [string, string | undefined] {
  const eq = value.indexOf('=');
  return eq === -1 || !value.startsWith('--') ? [value, undefined] : [value.slice(0, eq), value.slice(eq + 1)];
}

function looksLikePath(value: string): boolean {
  return /^(\/|~|\.{1,2}(\/|$)|[A-Za-z]:[\\/]?|\$|%|\\\\)/.test(value) || value === '.';
}
