/**
 * For adapters that fix in bulk (`mcp-warden fix --unsafe`): the registry pin of every `unpinned-package` finding
 * that has no reviewed pin, keyed by file and finding, plus the reasons where none could be found.
 */
import { dirname } from 'node:path';
import type { Fix, LintResult } from '../../engine/index';
import { createRegistryResolver, type RegistryResolver, type RegistryResolverOptions } from './pin-resolver';
import { parseRegistryFlag } from './registry-flags';

export interface RegistryFixes {
  /** Key: `${absPath}|${finding.key}`. */
  readonly fixes: ReadonlyMap<string, Fix>;
  /** What could not be pinned, for the user: `fixture-pkg: no version … older than the 7-day cooldown`. */
  readonly problems: readonly string[];
}

export function registryFixKey(absPath: string, findingKey: string): string {
  return `${absPath}|${findingKey}`;
}

/** Registry fixes for the files' unpinned-package findings (skipping suppressed ones and those with a safe reviewed pin). */
export async function registryFixesFor(
  files: readonly { readonly absPath: string; readonly result: LintResult }[],
  options: RegistryResolverOptions,
  selected: (ruleId: string) => boolean = () => true,
  resolver: RegistryResolver = createRegistryResolver(options),
): Promise<RegistryFixes> {
  const fixes = new Map<string, Fix>();
  const problems: string[] = [];
  for (const file of files) {
    for (const finding of file.result.findings) {
      if (finding.ruleId !== 'unpinned-package' || finding.suppressed || !selected(finding.ruleId)) continue;
      if (finding.fixes.some((fix) => fix.safe)) continue;
      const { fix, reason } = await resolver.registryFix(file.result, finding, dirname(file.absPath));
      if (fix) fixes.set(registryFixKey(file.absPath, finding.key), fix);
      else problems.push(`${finding.server ?? '?'}: ${reason ?? 'no registry pin'}`);
    }
  }
  return { fixes, problems };
}

/** Reads `--offline`, `--registry eco=URL` (repeatable) and `--cooldown DAYS`; throws a message meant for the user. */
export function registryOptionsFromFlags(values: { offline?: unknown; registry?: unknown; cooldown?: unknown }): RegistryResolverOptions {
  let registries = {};
  const list = values.registry === undefined ? [] : Array.isArray(values.registry) ? values.registry : [values.registry];
  for (const item of list) if (typeof item === 'string') registries = parseRegistryFlag(item, registries);
  let cooldownDays: number | undefined;
  if (values.cooldown !== undefined) {
    const days = Number(values.cooldown);
    if (typeof values.cooldown !== 'string' || values.cooldown.trim() === '' || !Number.isFinite(days) || days < 0) {
      throw new Error(`--cooldown expects a number of days (0 or more), got "${String(values.cooldown)}"`);
    }
    cooldownDays = days;
  }
  return { registries, offline: values.offline === true, ...(cooldownDays !== undefined ? { cooldownDays } : {}) };
}
