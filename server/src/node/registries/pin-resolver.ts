/**
 * The registry pin: the newest version published at least the cooldown ago, not withdrawn, not a pre-release and with
 * no known advisory; for images, a tag pinned to its digest. The engine stays offline and synchronous: adapters
 * (CLI `fix --unsafe`, the language server's code actions) call this and turn the answer into a fix.
 * Only package names leave the machine, never a config value.
 */
import {
  advisoriesAffecting, compareVersions, isPrerelease, isVersion, launchedPackages, pinEdits,
  type Finding, type Fix, type LintResult, type PackageRef,
} from '../../engine/index';
import { createHttpClient, RegistryError, type HttpClient } from './http-client';
import { fetchNpmVersions, NPM_DEFAULT_REGISTRY } from './npm-registry';
import { createOciClient, locateImage } from './oci-registry';
import type { PackageVersions } from './package-versions';
import { fetchPypiVersions, PYPI_DEFAULT_REGISTRY } from './pypi-registry';
import { DEFAULT_COOLDOWN_DAYS, npmRegistryFor, workspaceCooldown, type Cooldown } from './workspace-settings';

export interface RegistryUrls {
  readonly npm?: string;
  readonly pypi?: string;
  readonly oci?: string;
}

export interface RegistryResolverOptions {
  /** `--registry eco=URL` / `mcpWarden.registries.*`; npm falls back to the user's `.npmrc`. */
  readonly registries?: RegistryUrls;
  readonly offline?: boolean;
  /** `--cooldown DAYS` / setting: wins over the workspace's own cooldown. */
  readonly cooldownDays?: number;
  readonly cacheDir?: string;
  readonly timeoutMs?: number;
  readonly now?: () => number;
  /** Home folder for `~/.npmrc` (tests). */
  readonly home?: string;
  /** A client to share (tests, the language server's long-lived cache). */
  readonly http?: HttpClient;
}

export interface RegistryPin {
  /** The version text to write: `1.5.0`, or for images `tag@sha256:…`. */
  readonly version: string;
  /** "Pin to 1.5.0 (published 12 days ago, not reviewed)". */
  readonly title: string;
  readonly publishedAt?: string;
  readonly cooldown: Cooldown;
}

export type PinOutcome = { readonly ok: true; readonly pin: RegistryPin } | { readonly ok: false; readonly reason: string; readonly kind: string };

export interface RegistryResolver {
  /** `configDir`: the linted file's folder, where workspace `.npmrc` / `uv.toml` are searched from. */
  resolvePin(ref: Pick<PackageRef, 'ecosystem' | 'name' | 'version' | 'versionKind'>, configDir: string): Promise<PinOutcome>;
  /** The unsafe registry fix for an `unpinned-package` finding, or why there is none. */
  registryFix(result: LintResult, finding: Finding, configDir: string): Promise<{ fix?: Fix; reason?: string }>;
}

const DAY = 86_400_000;

export function createRegistryResolver(options: RegistryResolverOptions = {}): RegistryResolver {
  const now = options.now ?? Date.now;
  const http = options.http ?? createHttpClient({
    offline: options.offline ?? false,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    now,
  });

  const cooldownFor = (ecosystem: string, configDir: string): Cooldown => {
    if (options.cooldownDays !== undefined) return { days: options.cooldownDays, source: 'setting' };
    return workspaceCooldown(ecosystem, configDir, now()) ?? { days: DEFAULT_COOLDOWN_DAYS, source: 'default' };
  };

  const resolvePin: RegistryResolver['resolvePin'] = async (ref, configDir) => {
    if (options.offline) return { ok: false, kind: 'offline', reason: 'offline: the registry was not asked (pin a version by hand or record a reviewed one)' };
    const cooldown = cooldownFor(ref.ecosystem, configDir);
    try {
      if (ref.ecosystem === 'npm' || ref.ecosystem === 'pypi') {
        const versions = ref.ecosystem === 'npm'
          ? await fetchNpmVersions(http, options.registries?.npm ?? npmRegistryFor(ref.name, configDir, options.home) ?? NPM_DEFAULT_REGISTRY, ref.name)
          : await fetchPypiVersions(http, options.registries?.pypi ?? PYPI_DEFAULT_REGISTRY, ref.name);
        return chooseVersion(versions, cooldown, now());
      }
      if (ref.ecosystem === 'oci') return await chooseImage(http, ref, cooldown, now(), options.registries?.oci);
      return { ok: false, kind: 'unsupported', reason: `${ref.ecosystem} references cannot be pinned from a registry` };
    } catch (error) {
      if (error instanceof RegistryError) return { ok: false, kind: error.kind, reason: error.message };
      throw error;
    }
  };

  return {
    resolvePin,
    async registryFix(result, finding, configDir) {
      const server = result.config?.servers.find((entry) => entry.name === finding.server);
      const launched = server ? launchedPackages(server).find(({ ref }) => contains(finding.span, ref.token.span) || contains(ref.token.span, finding.span)) : undefined;
      if (!launched) return { reason: 'the finding does not point at a launched package' };
      const outcome = await resolvePin(launched.ref, configDir);
      if (!outcome.ok) return { reason: outcome.reason };
      const edits = pinEdits(launched.launch, launched.ref, outcome.pin.version);
      if (!edits) return { reason: `${launched.ref.name} cannot be rewritten in place (escaped text or a launcher without pin syntax)` };
      return { fix: { title: outcome.pin.title, safe: false, edits, note: cooldownNote(outcome.pin.cooldown) } };
    },
  };
}

function contains(outer: { offset: number; length: number }, inner: { offset: number; length: number }): boolean {
  return inner.offset >= outer.offset && inner.offset + inner.length <= outer.offset + outer.length;
}

function cooldownNote(cooldown: Cooldown): string {
  const from = cooldown.source === 'default' ? 'the default cooldown' : cooldown.source === 'setting' ? 'the configured cooldown' : cooldown.source;
  return `Chosen with a ${formatDays(cooldown.days)} cooldown (${from}); review it, then record it under "reviewed" in .mcp-warden.json.`;
}

function formatDays(days: number): string {
  return Number.isInteger(days) ? `${days}-day` : `${Math.round(days * 24)}-hour`;
}

/** "12 days ago", "today", "1 day ago". */
export function ageText(publishedAt: string | undefined, now: number): string {
  if (!publishedAt) return 'publish date unknown';
  const days = Math.floor((now - Date.parse(publishedAt)) / DAY);
  return days <= 0 ? 'published today' : `published ${days} day${days === 1 ? '' : 's'} ago`;
}

export function chooseVersion(versions: PackageVersions, cooldown: Cooldown, now: number): PinOutcome {
  const cutoff = now - cooldown.days * DAY;
  const latest = versions.distTags.latest;
  const candidates = versions.versions.filter((entry) =>
    isVersion(versions.ecosystem, entry.version)
    && !entry.withdrawn
    && !isPrerelease(versions.ecosystem, entry.version)
    && (latest === undefined || !isVersion(versions.ecosystem, latest) || compareVersions(versions.ecosystem, entry.version, latest) <= 0));
  const sorted = [...candidates].sort((a, b) => compareVersions(versions.ecosystem, b.version, a.version));
  const skipped: string[] = [];
  for (const entry of sorted) {
    const published = entry.publishedAt ? Date.parse(entry.publishedAt) : Number.NaN;
    if (Number.isNaN(published) || published > cutoff) {
      skipped.push(`${entry.version} (too new)`);
      continue;
    }
    if (advisoriesAffecting(versions.ecosystem, versions.name, entry.version).length > 0) {
      skipped.push(`${entry.version} (advisory)`);
      continue;
    }
    return {
      ok: true,
      pin: { version: entry.version, title: `Pin to ${entry.version} (${ageText(entry.publishedAt, now)}, not reviewed)`, ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}), cooldown },
    };
  }
  return { ok: false, kind: 'no-candidate', reason: `no version of ${versions.name} is older than the ${formatDays(cooldown.days)} cooldown and free of advisories${skipped.length ? ` (skipped ${skipped.slice(0, 5).join(', ')})` : ''}` };
}

/** An image: the user's tag (or the newest version-like tag past the cooldown) pinned to its digest. */
async function chooseImage(
  http: HttpClient,
  ref: Pick<PackageRef, 'name' | 'version' | 'versionKind'>,
  cooldown: Cooldown,
  now: number,
  override: string | undefined,
): Promise<PinOutcome> {
  const client = createOciClient(http, locateImage(ref.name, override));
  const cutoff = now - cooldown.days * DAY;
  const pinTag = async (tag: string, requireAge: boolean): Promise<PinOutcome | undefined> => {
    const digest = await client.digestOf(tag);
    const created = await client.createdAt(digest).catch(() => undefined);
    const createdTime = created ? Date.parse(created) : Number.NaN;
    if (requireAge && !Number.isNaN(createdTime) && createdTime > cutoff) return undefined;
    const age = created ? ageText(created, now).replace('published', 'pushed') : 'push date unknown';
    return { ok: true, pin: { version: `${tag}@${digest}`, title: `Pin to ${tag}@${digest.slice(0, 19)}… (${age}, not reviewed)`, ...(created ? { publishedAt: created } : {}), cooldown } };
  };
  if (ref.versionKind === 'exact' && ref.version) {
    return (await pinTag(ref.version, false)) as PinOutcome;
  }
  const tags = (await client.tags()).filter((tag) => isVersion('oci', tag) && !isPrerelease('oci', tag));
  tags.sort((a, b) => compareVersions('oci', b, a));
  for (const tag of tags.slice(0, 8)) {
    const outcome = await pinTag(tag, true);
    if (outcome) return outcome;
  }
  if (tags.length === 0) {
    const outcome = await pinTag(ref.version ?? 'latest', true);
    if (outcome) return outcome;
  }
  return { ok: false, kind: 'no-candidate', reason: `no version tag of ${ref.name} is older than the ${formatDays(cooldown.days)} cooldown` };
}
