/** Chooses the variable name a moved secret is stored under: the server's documented variable, else one from its key. */
import { knownServerByPackage, knownServerByUrl, type KnownServer } from '../data/known-servers';
import type { ServerEntry } from '../model/server-entry';
import { formatById } from './formats';
import type { SecretHit } from './find-secrets';
import { isSecretName } from './key-names';
import { isEnvName } from './value-shape';

/** The known server an entry launches or connects to. */
export function knownServerOf(server: ServerEntry | undefined): KnownServer | undefined {
  if (!server) return undefined;
  const pkg = server.launch?.package;
  if (pkg && (pkg.ecosystem === 'npm' || pkg.ecosystem === 'pypi' || pkg.ecosystem === 'oci')) {
    const known = knownServerByPackage(pkg.ecosystem, pkg.name);
    if (known) return known;
  }
  return server.url ? knownServerByUrl(server.url.value) : undefined;
}

/** The documented variable of the known server that carries this secret, if one fits. */
export function documentedVariable(hit: SecretHit): string | undefined {
  const known = knownServerOf(hit.server);
  if (!known) return undefined;
  const secretVars = secretVariablesOf(known);
  if (hit.name && secretVars.includes(hit.name)) return hit.name;
  const formatVars = hit.formatId ? formatById(hit.formatId)?.env_vars ?? [] : [];
  const byFormat = secretVars.find((name) => formatVars.includes(name));
  if (byFormat) return byFormat;
  return secretVars.length === 1 ? secretVars[0] : undefined;
}

/** The catalog entries are fixed: their secret variables are listed once per entry, not once per hit. */
const secretVariables = new Map<KnownServer, readonly string[]>();

function secretVariablesOf(known: KnownServer): readonly string[] {
  let names = secretVariables.get(known);
  if (!names) {
    names = known.env_vars.filter((name) => isSecretName(name));
    secretVariables.set(known, names);
  }
  return names;
}

/** `my server` -> `MY_SERVER`; `@21st-dev/magic` -> `21ST_DEV_MAGIC` prefixed to stay a valid name. */
export function slug(text: string): string {
  const upper = text.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const safe = upper.length === 0 ? 'MCP' : upper;
  return /^[0-9]/.test(safe) ? `MCP_${safe}` : safe;
}

/** The base name before de-duplication across the file. */
function baseName(hit: SecretHit): string {
  if (hit.place === 'input-default' && hit.name) return slug(hit.name);
  const documented = documentedVariable(hit);
  if (documented) return documented;
  if (hit.place === 'env' && hit.name && isEnvName(hit.name)) return hit.name;
  const format = hit.formatId ? formatById(hit.formatId) : undefined;
  const formatVar = format && format.provider !== 'generic' ? format.env_vars.map((v) => v.split(' ')[0] ?? v).find((v) => isEnvName(v) && /^[A-Z0-9_]+$/.test(v)) : undefined;
  if (formatVar) return formatVar;
  const server = slug(hit.server?.name ?? 'MCP');
  if (hit.urlPart === 'userinfo') return `${server}_PASSWORD`;
  if (hit.name) {
    const suffix = slug(hit.name.replace(/^-+/, '').replace(/([a-z])([A-Z])/g, '$1_$2'));
    if (/^AUTHORIZATION$/.test(suffix)) return `${server}_TOKEN`;
    return suffix.startsWith(server) ? suffix : `${server}_${suffix}`;
  }
  return `${server}_SECRET`;
}

/**
 * A name per hit, unique per secret value across the file: two servers with different `API_KEY` values get
 * `A_API_KEY` and `B_API_KEY`; the same value keeps one name.
 */
export function assignVariableNames(hits: readonly SecretHit[], text: string): Map<SecretHit, string> {
  const names = new Map<SecretHit, string>();
  const owner = new Map<string, string>();
  // Names the file already references belong to values we cannot see: never reuse them for another value.
  for (const match of text.matchAll(/\$\{(?:env:|input:)?([A-Za-z_][A-Za-z0-9_-]*)(?::-[^}]*)?\}|\b(COPILOT_MCP_[A-Z0-9_]+)/g)) {
    const name = match[1] ?? match[2];
    if (name) owner.set(norm(name.startsWith('COPILOT_MCP_') ? name.slice('COPILOT_MCP_'.length) : name), '\u0000referenced');
  }
  const numbering = createNumbering(owner);
  for (const hit of hits) {
    let name = baseName(hit);
    const taken = (candidate: string): boolean => owner.has(norm(candidate)) && owner.get(norm(candidate)) !== hit.secret;
    if (taken(name) && hit.place !== 'input-default') {
      const qualified = name.startsWith(slug(hit.server?.name ?? 'MCP')) ? name : `${slug(hit.server?.name ?? 'MCP')}_${name}`;
      name = taken(qualified) ? numbering.next(qualified, hit.secret) : qualified;
    }
    owner.set(norm(name), hit.secret);
    numbering.owned(norm(name), hit.secret);
    names.set(hit, name);
  }
  return names;
}

/**
 * `NAME_n` for the smallest n from 2 whose name is free or already this value's. Names are never given back, so the
 * smallest free number per base only moves up and is kept: trying 2, 3, ... for every secret was quadratic when
 * thousands share a base name (4,000 `-e` secrets of one server: 2.4 s).
 */
function createNumbering(owner: ReadonlyMap<string, string>): { next(qualified: string, secret: string): string; owned(name: string, secret: string): void } {
  const lowestFree = new Map<string, number>();
  // `BASE\0value` -> the smallest n whose `BASE_n` the value owns.
  const ownedNumber = new Map<string, number>();
  return {
    next(qualified, secret) {
      const base = norm(qualified);
      let free = lowestFree.get(base) ?? 2;
      while (owner.has(`${base}_${free}`)) free++;
      lowestFree.set(base, free);
      return `${qualified}_${Math.min(free, ownedNumber.get(`${base}\u0000${secret}`) ?? free)}`;
    },
    owned(name, secret) {
      const numbered = /^(.*)_([1-9][0-9]*)$/.exec(name);
      const n = Number(numbered?.[2]);
      if (!numbered || n < 2) return;
      const key = `${numbered[1]}\u0000${secret}`;
      ownedNumber.set(key, Math.min(n, ownedNumber.get(key) ?? n));
    },
  };
}

function norm(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}
