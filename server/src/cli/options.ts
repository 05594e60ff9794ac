/** Parses and validates the options shared by the commands (node:util parseArgs), with messages that say what to type. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ALL_HOSTS, CONFIDENCES, SEVERITIES, type Confidence, type Rule, type Severity } from '../engine/index';
import { CliError } from './exit-codes';

export type OutputFormat = 'text' | 'json' | 'sarif';

/** Options every linting command accepts. */
export interface LintingOptions {
  readonly paths: readonly string[];
  readonly minSeverity: Severity;
  readonly explicitConfig?: string;
  readonly showSuppressed: boolean;
  readonly includeUserConfigs: boolean;
  readonly hostOverride?: string;
  /** Raw engine config from flags (`--rule`, `--profile`, `--min-confidence`), layered over the policy file. */
  readonly overrides: { readonly rules?: Record<string, string>; readonly profile?: string; readonly minConfidence?: Confidence };
  readonly color: boolean;
  /** Lint stdin as if it were this file (editors, pre-commit hooks); no other paths then. */
  readonly stdinPath?: string;
}

export const LINTING_OPTIONS = {
  'min-severity': { type: 'string' },
  'min-confidence': { type: 'string' },
  profile: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-ignores': { type: 'boolean' },
  'include-user-configs': { type: 'boolean' },
  host: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** parseArgs with usage errors instead of exceptions with codes. */
export function parseCommandArgs(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): { values: ParsedValues; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedValues, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${message.replace(/\. To specify a positional argument.*$/s, '')} (see --help)`);
  }
}

/** Validates the shared options; `ruleFlag` says how `--rule` is read (`check`: ID=severity; `fix`: ID or ID=severity). */
export function lintingOptionsFrom(
  values: ParsedValues,
  positionals: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
  knownRules: readonly Rule[],
  ruleFlag: 'settings' | 'selection-or-settings' = 'settings',
): LintingOptions & { readonly selectedRules: readonly string[] } {
  const minSeverity = oneOf('--min-severity', values['min-severity'], SEVERITIES, 'warning');
  const minConfidence = values['min-confidence'] === undefined ? undefined : oneOf('--min-confidence', values['min-confidence'], CONFIDENCES, 'low');
  const profile = values.profile === undefined ? undefined : oneOf('--profile', values.profile, ['default', 'pedantic'] as const, 'default');
  const host = typeof values.host === 'string' ? values.host : undefined;
  if (host !== undefined && !ALL_HOSTS.some((candidate) => candidate.id === host)) {
    throw new CliError(`unknown host "${host}" for --host; known hosts: ${ALL_HOSTS.map((candidate) => candidate.id).sort().join(', ')}`);
  }
  const rules: Record<string, string> = {};
  const selectedRules: string[] = [];
  for (const raw of asStrings(values.rule)) {
    const [id = '', setting] = raw.split('=', 2).map((part) => part.trim());
    checkRuleId(id, knownRules);
    if (setting === undefined) {
      if (ruleFlag === 'settings') throw new CliError(`--rule expects ID=severity (one of ${[...SEVERITIES, 'off'].join(', ')}), got "${raw}"`);
      selectedRules.push(id);
    } else {
      if (!(SEVERITIES as readonly string[]).includes(setting) && setting !== 'off' && setting !== 'default') {
        throw new CliError(`--rule ${id}=${setting}: the setting must be one of ${[...SEVERITIES, 'off', 'default'].join(', ')}`);
      }
      rules[id] = setting;
    }
  }
  const stdinPath = typeof values['stdin-filename'] === 'string' ? values['stdin-filename'] : undefined;
  if (stdinPath !== undefined && (positionals.length > 0 || values['include-user-configs'] === true)) {
    throw new CliError('--stdin-filename checks stdin only: give no paths and no --include-user-configs with it');
  }
  const noColor = values['no-color'] === true || (env.NO_COLOR ?? '') !== '';
  const forceColor = values.color === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '');
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    minSeverity,
    ...(typeof values.config === 'string' ? { explicitConfig: values.config } : {}),
    showSuppressed: values['no-ignores'] === true,
    includeUserConfigs: values['include-user-configs'] === true,
    ...(host !== undefined ? { hostOverride: host } : {}),
    overrides: {
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(profile !== undefined ? { profile } : {}),
      ...(minConfidence !== undefined ? { minConfidence } : {}),
    },
    color: !noColor && (forceColor || isTTY),
    ...(stdinPath !== undefined ? { stdinPath } : {}),
    selectedRules,
  };
}

export function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')}, got "${String(value)}"`);
}

function checkRuleId(id: string, rules: readonly Rule[]): void {
  if (rules.some((rule) => rule.meta.id === id)) return;
  const close = rules.map((rule) => rule.meta.id).filter((known) => known.includes(id) || id.includes(known) || editDistance(known, id) <= 3);
  throw new CliError(`unknown rule "${id}"${close.length > 0 ? `; did you mean ${close.slice(0, 3).join(', ')}?` : ''} (the rules are listed in docs/rules/)`);
}

function asStrings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
