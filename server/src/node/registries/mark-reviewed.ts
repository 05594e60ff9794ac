/**
 * "Mark <pkg>@<version> as reviewed": adds `{ version, date, by? }` under `reviewed["<eco>:<name>"]` in `.mcp-warden.json`,
 * creating the file when needed and keeping the rest of it (comments, formatting) as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import type { PackageRef, ReviewedVersion } from '../../engine/index';

/** The policy key of a package reference: `npm:@scope/pkg`, `pypi:name`, `oci:image`. */
export function reviewedKeyOf(ref: Pick<PackageRef, 'ecosystem' | 'name'>): string {
  return `${ref.ecosystem}:${ref.name}`;
}

/** The version a review records: the exact version, for images `tag@sha256:…` when a digest is pinned. */
export function reviewedVersionOf(ref: Pick<PackageRef, 'ecosystem' | 'version' | 'digest'>): string | undefined {
  const version = ref.ecosystem === 'pypi' ? ref.version?.replace(/^===?/, '') : ref.version;
  if (ref.ecosystem === 'oci' && ref.digest) return version ? `${version}@${ref.digest}` : ref.digest;
  return version;
}

/** The new text of the policy file (`existing` undefined: the file does not exist yet). Throws on a policy file that does not parse. */
export function markReviewedText(existing: string | undefined, key: string, entry: ReviewedVersion): string {
  const record = { version: entry.version, ...(entry.date ? { date: entry.date } : {}), ...(entry.by ? { by: entry.by } : {}), ...(entry.note ? { note: entry.note } : {}) };
  if (existing === undefined || existing.trim() === '') {
    return `${JSON.stringify({ reviewed: { [key]: [record] } }, null, 2)}\n`;
  }
  const errors: ParseError[] = [];
  const value = parse(existing, errors, { allowTrailingComma: true }) as { reviewed?: Record<string, ReviewedVersion[]> } | undefined;
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('.mcp-warden.json does not parse; fix it before marking versions as reviewed');
  }
  const format = { formattingOptions: { insertSpaces: !existing.includes('\n\t'), tabSize: 2, eol: existing.includes('\r\n') ? '\r\n' : '\n' } };
  const list = value.reviewed?.[key];
  const index = Array.isArray(list) ? list.findIndex((item) => item && item.version === entry.version) : -1;
  const path = index >= 0 ? ['reviewed', key, index] : Array.isArray(list) ? ['reviewed', key, list.length] : ['reviewed', key];
  const edits = modify(existing, path, index >= 0 || Array.isArray(list) ? record : [record], { ...format, ...(Array.isArray(list) && index < 0 ? { isArrayInsertion: true } : {}) });
  return applyEdits(existing, edits);
}

/** Reads, updates and writes the policy file; returns whether it was created. */
export function markReviewedFile(policyPath: string, key: string, entry: ReviewedVersion): { created: boolean } {
  const existing = existsSync(policyPath) ? readFileSync(policyPath, 'utf8') : undefined;
  writeFileSync(policyPath, markReviewedText(existing, key, entry));
  return { created: existing === undefined };
}
