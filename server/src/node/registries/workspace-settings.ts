/**
 * Registry URLs and cooldowns the workspace already configured for its package managers, so a proposed pin is one
 * they would install: `.npmrc` (`registry`, `@scope:registry`, `min-release-age` in days), `pnpm-workspace.yaml`
 * (`minimumReleaseAge` in minutes), `uv.toml` / `pyproject.toml` `[tool.uv]` (`exclude-newer`: "7 days" or a date).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Cooldown {
  readonly days: number;
  /** Where it came from: a file path, `--cooldown`, a setting, or `default`. */
  readonly source: string;
}

export const DEFAULT_COOLDOWN_DAYS = 7;

/** Folders from `start` up to the file system root. */
function ancestors(start: string): string[] {
  const out: string[] = [];
  let current = start;
  for (let guard = 0; guard < 64; guard++) {
    out.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}

function readText(path: string): string | undefined {
  try {
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** `key=value` lines of an `.npmrc` (comments `#` / `;`). */
export function parseNpmrc(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
  }
  return out;
}

/** The npm registry for a package: `@scope:registry`, then `registry`, from the nearest project `.npmrc`, then `~/.npmrc`. */
export function npmRegistryFor(name: string, startDir: string, home: string = homedir()): string | undefined {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  const files = [...ancestors(startDir).map((dir) => join(dir, '.npmrc')), join(home, '.npmrc')];
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) continue;
    const values = parseNpmrc(text);
    const url = (scope && values[`${scope}:registry`]) || values.registry;
    if (url && /^https?:\/\//.test(url)) return url;
  }
  return undefined;
}

/** `"7 days"`, `"1 week"`, `"P7D"` or an RFC 3339 date/time (relative to `now`) as days. */
export function parseUvExcludeNewer(value: string, now: number): number | undefined {
  const relative = /^\s*(\d+(?:\.\d+)?)\s*(day|days|d|week|weeks|w|hour|hours|h)\s*$/i.exec(value);
  if (relative) {
    const amount = Number(relative[1]);
    const unit = (relative[2] as string).toLowerCase();
    return unit.startsWith('w') ? amount * 7 : unit.startsWith('h') ? amount / 24 : amount;
  }
  const iso = /^P(\d+)D$/i.exec(value.trim());
  if (iso) return Number(iso[1]);
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.max(0, (now - time) / 86_400_000);
}

function uvExcludeNewer(text: string, section: string | undefined): string | undefined {
  let inSection = section === undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      inSection = section !== undefined && header[1]?.trim() === section;
      continue;
    }
    if (!inSection) continue;
    const match = /^exclude-newer\s*=\s*["']([^"']+)["']/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** The workspace's own cooldown for an ecosystem, searched from `startDir` upwards; undefined when none is configured. */
export function workspaceCooldown(ecosystem: string, startDir: string, now: number = Date.now()): Cooldown | undefined {
  for (const dir of ancestors(startDir)) {
    if (ecosystem === 'npm') {
      const npmrc = readText(join(dir, '.npmrc'));
      const age = npmrc !== undefined ? parseNpmrc(npmrc)['min-release-age'] : undefined;
      if (age !== undefined && Number.isFinite(Number(age))) return { days: Number(age), source: join(dir, '.npmrc') };
      const pnpm = readText(join(dir, 'pnpm-workspace.yaml'));
      if (pnpm !== undefined) {
        try {
          const minutes = (parseYaml(pnpm) as { minimumReleaseAge?: unknown } | null)?.minimumReleaseAge;
          if (typeof minutes === 'number' && Number.isFinite(minutes)) return { days: minutes / 1440, source: join(dir, 'pnpm-workspace.yaml') };
        } catch {
          // An unreadable workspace file configures nothing.
        }
      }
    }
    if (ecosystem === 'pypi') {
      for (const [file, section] of [['uv.toml', undefined], ['pyproject.toml', 'tool.uv']] as const) {
        const text = readText(join(dir, file));
        const value = text !== undefined ? uvExcludeNewer(text, section) : undefined;
        const days = value !== undefined ? parseUvExcludeNewer(value, now) : undefined;
        if (days !== undefined) return { days, source: join(dir, file) };
      }
    }
  }
  return undefined;
}
