/** The engine's configuration, normalised from untrusted input (settings, policy files, flags) into safe values. */
import type { Confidence, Severity } from '../findings/finding';
import { CONFIDENCES, SEVERITIES } from '../findings/finding';

export type RuleSetting = Severity | 'off' | 'default';
export type Profile = 'default' | 'pedantic';

/** One `.mcp-warden.json` ignore: `file` is a glob relative to the policy file's folder. */
export interface PolicyIgnore {
  readonly rule: string;
  readonly file: string;
  readonly server?: string;
  readonly reason: string;
}

/** A reviewed package version (supply-chain rules). Key: `npm:@scope/pkg`, `pypi:name`, `oci:image`. */
export interface ReviewedVersion {
  readonly version: string;
  readonly date?: string;
  readonly by?: string;
  readonly note?: string;
}

export interface EngineConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly minConfidence: Confidence;
  readonly profile: Profile;
  readonly ignores: readonly PolicyIgnore[];
  /** Folder of the policy file the ignores came from (`/`-separated), to resolve their `file` globs. */
  readonly policyDir?: string;
  readonly reviewed: Readonly<Record<string, readonly ReviewedVersion[]>>;
  /** Today as `YYYY-MM-DD`; rules that age things (stale reviews) use it. The engine never reads the clock. */
  readonly today?: string;
  /** Rule-specific options, by rule id. */
  readonly ruleOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  rules: {},
  minConfidence: 'low',
  profile: 'default',
  ignores: [],
  reviewed: {},
  ruleOptions: {},
};

export interface ConfigProblem {
  readonly message: string;
  /** JSON path of the offending setting, for adapters that can point at it. */
  readonly path: readonly (string | number)[];
}

/** Validates raw input; anything malformed falls back to the default and is described in `problems`. */
export function engineConfigFrom(raw: unknown, base: EngineConfig = DEFAULT_ENGINE_CONFIG): { config: EngineConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config: base, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: base, problems: [{ message: 'configuration must be an object', path: [] }] };
  }
  const input = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = { ...base.rules };
  if (input.rules !== undefined) {
    if (isRecord(input.rules)) {
      for (const [id, value] of Object.entries(input.rules)) {
        if (typeof value === 'string' && (SEVERITIES.includes(value as Severity) || value === 'off' || value === 'default')) {
          rules[id] = value as RuleSetting;
        } else {
          problems.push({ message: `rules.${id}: expected one of ${[...SEVERITIES, 'off', 'default'].join(', ')}`, path: ['rules', id] });
        }
      }
    } else {
      problems.push({ message: 'rules: expected an object of rule ids', path: ['rules'] });
    }
  }
  let minConfidence = base.minConfidence;
  if (input.minConfidence !== undefined) {
    if (typeof input.minConfidence === 'string' && CONFIDENCES.includes(input.minConfidence as Confidence)) minConfidence = input.minConfidence as Confidence;
    else problems.push({ message: `minConfidence: expected one of ${CONFIDENCES.join(', ')}`, path: ['minConfidence'] });
  }
  let profile = base.profile;
  if (input.profile !== undefined) {
    if (input.profile === 'default' || input.profile === 'pedantic') profile = input.profile;
    else problems.push({ message: 'profile: expected "default" or "pedantic"', path: ['profile'] });
  }
  const ignores = [...base.ignores];
  if (input.ignores !== undefined) {
    if (Array.isArray(input.ignores)) {
      input.ignores.forEach((item, index) => {
        const ignore = ignoreFrom(item);
        if (typeof ignore === 'string') problems.push({ message: `ignores[${index}]: ${ignore}`, path: ['ignores', index] });
        else ignores.push(ignore);
      });
    } else {
      problems.push({ message: 'ignores: expected an array', path: ['ignores'] });
    }
  }
  const reviewed: Record<string, readonly ReviewedVersion[]> = { ...base.reviewed };
  if (input.reviewed !== undefined) {
    if (isRecord(input.reviewed)) {
      for (const [key, list] of Object.entries(input.reviewed)) {
        if (!Array.isArray(list)) {
          problems.push({ message: `reviewed.${key}: expected an array of { version, date }`, path: ['reviewed', key] });
          continue;
        }
        const versions = list.filter((item): item is ReviewedVersion => isRecord(item) && typeof item.version === 'string');
        if (versions.length !== list.length) problems.push({ message: `reviewed.${key}: every entry needs a "version" string`, path: ['reviewed', key] });
        reviewed[key] = [...(base.reviewed[key] ?? []), ...versions];
      }
    } else {
      problems.push({ message: 'reviewed: expected an object keyed by "ecosystem:name"', path: ['reviewed'] });
    }
  }
  const ruleOptions: Record<string, Readonly<Record<string, unknown>>> = { ...base.ruleOptions };
  if (input.ruleOptions !== undefined) {
    if (isRecord(input.ruleOptions)) {
      for (const [id, options] of Object.entries(input.ruleOptions)) {
        if (isRecord(options)) ruleOptions[id] = { ...(base.ruleOptions[id] ?? {}), ...options };
        else problems.push({ message: `ruleOptions.${id}: expected an object`, path: ['ruleOptions', id] });
      }
    } else {
      problems.push({ message: 'ruleOptions: expected an object', path: ['ruleOptions'] });
    }
  }
  const config: EngineConfig = {
    ...base,
    rules,
    minConfidence,
    profile,
    ignores,
    reviewed,
    ruleOptions,
    ...(typeof input.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.today) ? { today: input.today } : {}),
  };
  return { config, problems };
}

function ignoreFrom(item: unknown): PolicyIgnore | string {
  if (!isRecord(item)) return 'expected an object { rule, file, server?, reason }';
  if (typeof item.rule !== 'string' || item.rule === '') return '"rule" is required';
  if (typeof item.file !== 'string' || item.file === '') return '"file" is required';
  if (typeof item.reason !== 'string' || item.reason.trim() === '') return `ignore of "${item.rule}" has no reason; a reason is required`;
  if (item.server !== undefined && typeof item.server !== 'string') return '"server" must be a string';
  return { rule: item.rule, file: item.file, reason: item.reason.trim(), ...(typeof item.server === 'string' ? { server: item.server } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
