/** Lists the user-level MCP files of every host that exist on this machine (for `--include-user-configs`). */
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compareCodeUnits, userConfigLocations, type UserEnvironment } from '../engine/index';

/** Defaults to this process's platform, home folder and environment. */
export async function existingUserConfigs(user?: Partial<UserEnvironment>): Promise<string[]> {
  const environment: UserEnvironment = {
    platform: user?.platform ?? process.platform,
    homeDir: user?.homeDir ?? homedir(),
    env: user?.env ?? process.env,
  };
  const found: string[] = [];
  for (const location of userConfigLocations(environment)) {
    if (location.filePattern) {
      // One push per file, not push(...): a folder can hold more files than a call may take arguments.
      for (const file of await matchingFiles(location.path, location.filePattern)) found.push(file);
    } else if (await isFile(location.path)) {
      found.push(location.path);
    }
  }
  return [...new Set(found)];
}

/**
 * Files named like `pattern` in `folder` and in its direct subfolders: agent files sit in the folder itself, VS Code
 * profiles one level down (`profiles/<id>/mcp.json`).
 */
async function matchingFiles(folder: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const path = join(folder, entry.name);
    if (entry.isFile() && pattern.test(entry.name)) files.push(path);
    else if (entry.isDirectory()) {
      const inner = await readdir(path, { withFileTypes: true }).catch(() => []);
      for (const file of inner) if (file.isFile() && pattern.test(file.name)) files.push(join(path, file.name));
    }
  }
  return files;
}

async function isFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}
