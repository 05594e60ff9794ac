/** Parses a package token of each ecosystem into name and version spec, with the offsets of each part. */
import * as semver from 'semver';

export type Ecosystem = 'npm' | 'pypi' | 'oci' | 'jsr' | 'url' | 'git' | 'local';

/**
 * - `exact`: one version (npm `1.2.3`, PyPI `==1.2.3`, an OCI tag that is not `latest`)
 * - `digest`: an OCI image pinned by `@sha256:...`
 * - `commit`: a git reference pinned to a full commit SHA
 * - `range`: a semver or PEP 440 range (`^1.2`, `~=1.0`, `>=1`, `1.x`)
 * - `tag`: a moving name (`latest`, `next`, a git branch)
 * - `none`: no version at all
 */
export type VersionKind = 'exact' | 'digest' | 'commit' | 'range' | 'tag' | 'none';

/** Offsets relative to the start of the token. */
export interface ParsedSpec {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The version part as written (`1.2.3`, `^1`, `latest`, `==1.0`), without its separator. */
  readonly version?: string;
  readonly versionStart?: number;
  readonly versionKind: VersionKind;
  /** OCI digest (`sha256:...`). */
  readonly digest?: string;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

export function parseNpmSpec(token: string): ParsedSpec {
  if (/^(github|gitlab|bitbucket|gist):|^git\+|^git:\/\/|^git@/.test(token)) return parseGitSpec(token);
  if (/^https?:\/\//i.test(token)) return { ecosystem: 'url', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  if (/^(file:|\.{1,2}([/\\]|$)|[/\\~]|[A-Za-z]:[/\\])/.test(token)) {
    return { ecosystem: 'local', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  }
  const at = token.indexOf('@', token.startsWith('@') ? 1 : 0);
  if (at === -1) {
    if (!token.startsWith('@') && /^[\w.-]+\/[\w.-]+(#.*)?$/.test(token)) return parseGitSpec(token); // user/repo shorthand
    return { ecosystem: 'npm', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  }
  const version = token.slice(at + 1);
  return { ecosystem: 'npm', name: token.slice(0, at), nameStart: 0, nameEnd: at, version, versionStart: at + 1, versionKind: npmVersionKind(version) };
}

export function npmVersionKind(version: string): VersionKind {
  if (version === '') return 'none';
  if (semver.valid(version)) return 'exact';
  if (version.length <= MAX_RANGE_LENGTH && semver.validRange(version)) return 'range';
  return 'tag';
}

/**
 * Longer specs are no range anybody writes, and semver's range parser takes quadratic time on runs of `=`, `v` or
 * spaces (20,000 characters: 2-4 s). semver caps versions at the same length.
 */
const MAX_RANGE_LENGTH = 256;

function parseGitSpec(token: string): ParsedSpec {
  const hash = token.indexOf('#');
  if (hash === -1) return { ecosystem: 'git', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  const ref = token.slice(hash + 1);
  const kind: VersionKind = FULL_SHA.test(ref) ? 'commit' : ref.startsWith('semver:') ? 'range' : 'tag';
  return { ecosystem: 'git', name: token.slice(0, hash), nameStart: 0, nameEnd: hash, version: ref, versionStart: hash + 1, versionKind: kind };
}

/** PyPI requirement (`name`, `name==1.0`, `name[extra]>=1`, `name@1.0`, `name@latest`) as uvx/pipx accept it. */
export function parsePypiSpec(token: string): ParsedSpec {
  if (/^git\+|^https?:\/\//i.test(token)) {
    const at = token.lastIndexOf('@');
    const ref = at > token.indexOf('://') + 3 ? token.slice(at + 1) : undefined;
    if (ref !== undefined && !ref.includes('/')) {
      return { ecosystem: 'git', name: token.slice(0, at), nameStart: 0, nameEnd: at, version: ref, versionStart: at + 1, versionKind: FULL_SHA.test(ref) ? 'commit' : 'tag' };
    }
    return { ecosystem: /^git\+/.test(token) ? 'git' : 'url', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  }
  if (/^(\.{1,2}([/\\]|$)|[/\\~]|file:)/.test(token)) return { ecosystem: 'local', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?/.exec(token);
  const name = match?.[1] ?? token;
  const nameEnd = name.length;
  const rest = token.slice(match ? match[0].length : token.length).trim();
  if (rest === '') return { ecosystem: 'pypi', name, nameStart: 0, nameEnd, versionKind: 'none' };
  const versionStart = token.length - rest.length;
  if (rest.startsWith('@')) {
    const version = rest.slice(1);
    return { ecosystem: 'pypi', name, nameStart: 0, nameEnd, version, versionStart: versionStart + 1, versionKind: version === 'latest' || version === '' ? 'tag' : 'exact' };
  }
  return { ecosystem: 'pypi', name, nameStart: 0, nameEnd, version: rest, versionStart, versionKind: pypiVersionKind(rest) };
}

export function pypiVersionKind(spec: string): VersionKind {
  const exact = /^(===?)\s*([^,;*\s]+)\s*$/.exec(spec);
  return exact ? 'exact' : 'range';
}

/** OCI image reference `[registry/]repo[:tag][@sha256:digest]`. */
export function parseImageSpec(token: string): ParsedSpec {
  const at = token.indexOf('@');
  const digest = at === -1 ? undefined : token.slice(at + 1);
  const withoutDigest = at === -1 ? token : token.slice(0, at);
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const name = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  const tag = colon === -1 ? undefined : withoutDigest.slice(colon + 1);
  const kind: VersionKind = digest ? 'digest' : tag === undefined || tag === '' ? 'none' : tag === 'latest' ? 'tag' : 'exact';
  return {
    ecosystem: 'oci',
    name,
    nameStart: 0,
    nameEnd: name.length,
    ...(tag !== undefined ? { version: tag, versionStart: colon + 1 } : {}),
    versionKind: kind,
    ...(digest ? { digest } : {}),
  };
}

/** Deno specifiers: `npm:pkg@1`, `jsr:@scope/pkg@1`, URLs, local paths. */
export function parseDenoSpec(token: string): ParsedSpec {
  const shift = (spec: ParsedSpec, by: number, ecosystem: Ecosystem): ParsedSpec => ({
    ...spec,
    ecosystem,
    nameStart: spec.nameStart + by,
    nameEnd: spec.nameEnd + by,
    ...(spec.versionStart !== undefined ? { versionStart: spec.versionStart + by } : {}),
  });
  if (token.startsWith('npm:')) return shift(withoutSubpath(parseNpmSpec(token.slice(4))), 4, 'npm');
  if (token.startsWith('jsr:')) return shift(withoutSubpath(parseNpmSpec(token.slice(4))), 4, 'jsr');
  if (/^https?:\/\//i.test(token)) return { ecosystem: 'url', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
  return { ecosystem: 'local', name: token, nameStart: 0, nameEnd: token.length, versionKind: 'none' };
}

/** Deno specifiers may name a module inside the package after the version (`jsr:@std/http@1.0.20/file-server`). */
function withoutSubpath(spec: ParsedSpec): ParsedSpec {
  if (spec.version === undefined) return spec;
  const slash = spec.version.indexOf('/');
  if (slash === -1) return spec;
  const version = spec.version.slice(0, slash);
  return { ...spec, version, versionKind: npmVersionKind(version) };
}
