/**
 * File watching through the client (`workspace/didChangeWatchedFiles`): the host file globs and `.mcp-warden.json`
 * in the workspace, and the user-level files by relative pattern when the client supports it.
 */
import { basename, dirname } from 'node:path';
import { FileChangeType, type FileEvent, type FileSystemWatcher } from 'vscode-languageserver';
import { ALL_HOSTS, isCandidatePath, POLICY_FILE_NAME } from '../engine/index';
import { isInside, type KnownFiles } from './known-files';
import { pathToUri, uriToPath } from './uris';

/** Globs of every host's files plus the policy file (deduplicated). */
export function watcherGlobs(): string[] {
  return [...new Set([...ALL_HOSTS.flatMap((host) => host.filePatterns), `**/${POLICY_FILE_NAME}`])];
}

export function fileWatchers(userFiles: readonly string[], relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = watcherGlobs().map((globPattern) => ({ globPattern }));
  return relativePatterns ? [...watchers, ...userFileWatchers(userFiles)] : watchers;
}

/** One relative-pattern watcher per user-level file (clients that support `relativePatternSupport`). */
export function userFileWatchers(userFiles: readonly string[]): FileSystemWatcher[] {
  return userFiles.map((path) => ({ globPattern: { baseUri: pathToUri(dirname(path)), pattern: basename(path) } }));
}

export interface WatchOutcome {
  /** Files to lint again (created or changed, or peers of a deleted file). */
  readonly relint: string[];
  /** A policy file changed: everything must be linted again. */
  readonly policyChanged: boolean;
  /** Files that are gone (their diagnostics are cleared unless open). */
  readonly deleted: string[];
}

/** Applies watcher events to the known files. */
export function applyFileEvents(
  events: readonly FileEvent[],
  files: KnownFiles,
  context: { readonly folders: readonly string[]; readonly homeDir: string; readonly userFiles: readonly string[] },
): WatchOutcome {
  const relint: string[] = [];
  const deleted: string[] = [];
  let policyChanged = false;
  for (const event of events) {
    const path = uriToPath(event.uri);
    if (path === undefined) continue;
    if (basename(path) === POLICY_FILE_NAME) {
      policyChanged = true;
      continue;
    }
    if (event.type === FileChangeType.Deleted) {
      if (files.delete(path)) deleted.push(path);
      continue;
    }
    const known = files.get(path);
    if (known) {
      files.invalidate(path);
      relint.push(path);
      continue;
    }
    const isUser = context.userFiles.includes(path);
    const inWorkspace = context.folders.some((folder) => isInside(path, folder));
    if ((isUser || inWorkspace) && isCandidatePath(path, { homeDir: context.homeDir })) {
      files.add(path, isUser ? 'user' : 'workspace');
      relint.push(path);
    }
  }
  return { relint, policyChanged, deleted };
}
