/**
 * Editor settings (`mcpWarden.*`), pulled per resource with `workspace/configuration` and normalised: anything
 * malformed falls back to its default, with one warning in the output channel per distinct problem.
 */
import { engineConfigFrom, type EngineConfig } from '../engine/index';
import { SETTINGS_SECTION } from '../protocol/protocol';
import type { Logger } from './run-safe';

export interface ResolvedSettings {
  readonly enable: boolean;
  readonly scanUserConfigs: boolean;
  /** The user allows registry look-ups (still off in untrusted workspaces: see `networkAllowed`). */
  readonly network: boolean;
  readonly registries: Readonly<Record<string, string>>;
  /**
   * The editor layer, applied over the project policy with `engineConfigFrom(layer, policy)`. Values equal to the
   * setting's default are left out: VS Code always reports defaults, and a default must not override the policy.
   */
  readonly engineLayer: Readonly<Record<string, unknown>>;
  readonly problems: readonly string[];
}

export const DEFAULT_SETTINGS: ResolvedSettings = {
  enable: true,
  scanUserConfigs: true,
  network: true,
  registries: {},
  engineLayer: {},
  problems: [],
};

/** Normalises one `workspace/configuration` answer for the `mcpWarden` section. */
export function normalizeSettings(raw: unknown): ResolvedSettings {
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, problems: ['mcpWarden: expected an object of settings'] };
  const problems: string[] = [];
  const flag = (name: string, fallback: boolean): boolean => {
    const value = raw[name];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`mcpWarden.${name}: expected true or false`);
    return fallback;
  };
  const enable = flag('enable', true);
  const scanUserConfigs = flag('scanUserConfigs', true);
  let network = true;
  if (raw.network !== undefined && raw.network !== null) {
    if (raw.network === 'on' || raw.network === true) network = true;
    else if (raw.network === 'off' || raw.network === false) network = false;
    else problems.push('mcpWarden.network: expected "on" or "off"');
  }
  const registries: Record<string, string> = {};
  if (raw.registries !== undefined && raw.registries !== null) {
    if (!isRecord(raw.registries)) problems.push('mcpWarden.registries: expected an object { npm?, pypi?, oci? }');
    else {
      for (const [name, url] of Object.entries(raw.registries)) {
        if (typeof url === 'string' && /^https?:\/\//.test(url)) registries[name] = url;
        else problems.push(`mcpWarden.registries.${name}: expected an http(s) URL`);
      }
    }
  }

  const layer: Record<string, unknown> = {};
  if (raw.rules !== undefined && raw.rules !== null && !(isRecord(raw.rules) && Object.keys(raw.rules).length === 0)) layer.rules = raw.rules;
  if (raw.minConfidence !== undefined && raw.minConfidence !== 'low') layer.minConfidence = raw.minConfidence;
  if (raw.profile !== undefined && raw.profile !== 'default') layer.profile = raw.profile;
  if (raw.reviewedVersions !== undefined && raw.reviewedVersions !== null && !(isRecord(raw.reviewedVersions) && Object.keys(raw.reviewedVersions).length === 0)) {
    layer.reviewed = raw.reviewedVersions;
  }
  // Validate once here so a bad value is reported (and dropped) before it meets any policy file.
  const checked = engineConfigFrom(layer);
  for (const problem of checked.problems) problems.push(`mcpWarden.${problem.message.replace(/^reviewed/, 'reviewedVersions')}`);
  const engineLayer = cleanLayer(layer, checked.config);
  return { enable, scanUserConfigs, network, registries, engineLayer, problems };
}

/** Keeps only the parts of the layer that validated. */
function cleanLayer(layer: Record<string, unknown>, valid: EngineConfig): Record<string, unknown> {
  const clean: Record<string, unknown> = {};
  if (layer.rules !== undefined && Object.keys(valid.rules).length > 0) clean.rules = valid.rules;
  if (layer.minConfidence !== undefined && layer.minConfidence === valid.minConfidence) clean.minConfidence = valid.minConfidence;
  if (layer.profile !== undefined && layer.profile === valid.profile) clean.profile = valid.profile;
  if (layer.reviewed !== undefined && Object.keys(valid.reviewed).length > 0) clean.reviewed = valid.reviewed;
  return clean;
}

export interface SettingsStore {
  /** Settings for a document (cached per URI until the next configuration change). */
  get(uri: string | undefined): Promise<ResolvedSettings>;
  /** Forget cached settings (configuration changed); the next `get` pulls again. */
  clear(): void;
}

/**
 * `pull` asks the client (`workspace/configuration`, one answer per scope); it is undefined when the client cannot
 * answer, in which case the last `didChangeConfiguration` payload (`pushed()`) or the defaults apply.
 */
export function createSettingsStore(
  pull: ((scopeUris: readonly (string | undefined)[]) => Promise<readonly unknown[]>) | undefined,
  pushed: () => unknown,
  logger: Logger,
): SettingsStore {
  const cache = new Map<string, Promise<ResolvedSettings>>();
  const warned = new Set<string>();
  // Scopes asked for in one tick go to the client as one request: a scan asks for every file it lints.
  let batch: { readonly uri: string | undefined; resolve(raw: unknown): void; reject(error: unknown): void }[] = [];
  const flush = (pullBatch: NonNullable<typeof pull>): void => {
    const requests = batch;
    batch = [];
    pullBatch(requests.map((request) => request.uri)).then(
      (answers) => requests.forEach((request, index) => request.resolve(answers[index])),
      (error: unknown) => requests.forEach((request) => request.reject(error)),
    );
  };
  const pullOne = (pullBatch: NonNullable<typeof pull>, uri: string | undefined): Promise<unknown> => new Promise((resolve, reject) => {
    if (batch.length === 0) queueMicrotask(() => flush(pullBatch));
    batch.push({ uri, resolve, reject });
  });
  const resolve = async (uri: string | undefined): Promise<ResolvedSettings> => {
    let raw: unknown;
    try {
      raw = pull ? await pullOne(pull, uri) : sectionOf(pushed());
    } catch (error) {
      logger.warn(`Could not read the MCP Warden settings (using defaults): ${error instanceof Error ? error.message : String(error)}`);
      return DEFAULT_SETTINGS;
    }
    const settings = normalizeSettings(raw);
    const key = settings.problems.join('\n');
    if (key !== '' && !warned.has(key)) {
      warned.add(key);
      logger.warn(`Invalid MCP Warden settings; the defaults are used instead for: ${settings.problems.join('; ')}`);
    }
    return settings;
  };
  return {
    get(uri) {
      const key = uri ?? '';
      let entry = cache.get(key);
      if (!entry) {
        entry = resolve(uri);
        cache.set(key, entry);
      }
      return entry;
    },
    clear() {
      // `warned` survives: the same bad value is reported once per session, not on every unrelated change.
      cache.clear();
    },
  };
}

/** `didChangeConfiguration` payloads carry every section: `{ mcpWarden: {...} }`. */
function sectionOf(payload: unknown): unknown {
  return isRecord(payload) ? payload[SETTINGS_SECTION] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
