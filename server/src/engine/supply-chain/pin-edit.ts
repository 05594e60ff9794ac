/** Text edits that pin a package reference to a version (npm `pkg@1.2.3`, PyPI `pkg==1.2.3`, image `repo:tag@sha256:…`). */
import type { TextEdit } from '../findings/fix';
import type { LaunchSpec, PackageRef } from '../model/launch-spec';
import { isSafeVersionText } from './reviewed';

/**
 * Edits that make `ref` name exactly `version` (for images: a tag, optionally with `@sha256:` digest), or undefined
 * when the token cannot be rewritten exactly (escaped source text, a launcher with no pin syntax).
 */
export function pinEdits(launch: LaunchSpec, ref: PackageRef, version: string): TextEdit[] | undefined {
  if (!isSafeVersionText(version) || !tokenIsExact(ref)) return undefined;
  const nameEnd = ref.nameSpan.offset + ref.nameSpan.length;
  const tokenEnd = ref.token.span.offset + ref.token.span.length;
  switch (ref.ecosystem) {
    case 'npm':
    case 'jsr':
      if (version.includes('@')) return undefined;
      return ref.versionSpan
        ? [{ offset: ref.versionSpan.offset, length: ref.versionSpan.length, content: version }]
        : [{ offset: nameEnd, length: 0, content: `@${version}` }];
    case 'pypi': {
      if (version.includes('@')) return undefined;
      const viaFlag = launch.launcherFlags.some((flag) => flag.span.offset === ref.token.span.offset);
      if (launch.launcher === 'pipx-run' && !viaFlag) return undefined;
      const written = ref.versionSpan ? sourceBefore(ref) : undefined;
      if (ref.versionSpan && written === '@') return [{ offset: ref.versionSpan.offset, length: ref.versionSpan.length, content: version }];
      // Everything after the name and extras is the version spec: replace it as a whole, keeping `==` when one was written.
      const useAt = !viaFlag && launch.launcher !== 'pipx-run' && !ref.versionSpan;
      const specStart = ref.versionSpan ? ref.versionSpan.offset : tokenEnd;
      return [{ offset: specStart, length: tokenEnd - specStart, content: useAt ? `@${version}` : `==${version}` }];
    }
    case 'oci': {
      const [tag, digest] = version.startsWith('sha256:') ? [undefined, version] : version.split('@') as [string, string | undefined];
      const content = `${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
      return [{ offset: nameEnd, length: tokenEnd - nameEnd, content }];
    }
    default:
      return undefined;
  }
}

/** Replaces the package name; `keepVersion` false also drops the version, which belonged to the old package. */
export function renameEdits(ref: PackageRef, newName: string, keepVersion: boolean): TextEdit[] | undefined {
  if (!tokenIsExact(ref) || !/^[@A-Za-z0-9][A-Za-z0-9@/._:-]*$/.test(newName)) return undefined;
  const tokenEnd = ref.token.span.offset + ref.token.span.length;
  const nameEnd = ref.nameSpan.offset + ref.nameSpan.length;
  return [{ offset: ref.nameSpan.offset, length: (keepVersion ? nameEnd : tokenEnd) - ref.nameSpan.offset, content: newName }];
}

/** The character just before the version (`@` for `pkg@1.0`), read from the token value. */
function sourceBefore(ref: PackageRef): string | undefined {
  if (!ref.versionSpan) return undefined;
  const index = ref.versionSpan.offset - ref.token.span.offset - 1;
  return index >= 0 ? ref.token.value[index] : undefined;
}

/** The token's source text is its value character for character, so sub-spans are exact. */
export function tokenIsExact(ref: PackageRef): boolean {
  return ref.token.span.length === ref.token.value.length && ref.nameSpan.length === ref.name.length;
}
