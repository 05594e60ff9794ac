/** Credentials inside URLs: userinfo passwords, connection-string passwords, secret query parameters, capability paths. */
import capabilityData from '../data/capability-urls.json';
import { formatById, formatByVariableName, kindLabel, matchTokenFormat } from './formats';
import { isSecretName } from './key-names';
import { isPlaceholder, isReferenceOnly, shannonEntropy } from './value-shape';
import type { Confidence } from '../findings/finding';

export interface UrlSecret {
  readonly kind: string;
  readonly formatId?: string;
  readonly confidence: Confidence;
  /** Index range of the secret inside the URL string. */
  readonly start: number;
  readonly end: number;
  /** Where it sits: `userinfo`, `query`, `path`. */
  readonly part: 'userinfo' | 'query' | 'path';
  /** The query parameter name, when `part` is `query`. */
  readonly parameter?: string;
}

const DATABASE_SCHEMES: Readonly<Record<string, string>> = {
  postgres: 'Postgres', postgresql: 'Postgres', mysql: 'MySQL', mariadb: 'MariaDB', mongodb: 'MongoDB', 'mongodb+srv': 'MongoDB',
  redis: 'Redis', rediss: 'Redis', amqp: 'AMQP', amqps: 'AMQP', mssql: 'SQL Server', sqlserver: 'SQL Server', clickhouse: 'ClickHouse',
  bolt: 'Neo4j', neo4j: 'Neo4j', 'neo4j+s': 'Neo4j', ftp: 'FTP', sftp: 'SFTP',
};

/** Query parameters that carry credentials even though their names are short (`key`, `sig`). */
const SECRET_PARAMETERS = new Set(['key', 'token', 'auth', 'apikey', 'api_key', 'api-key', 'access_token', 'accesstoken', 'secret', 'password', 'pass', 'pwd', 'sig', 'signature', 'code']);

interface CapabilityUrl {
  readonly host: string;
  readonly pathPrefix: string;
  readonly segment: number;
  readonly provider: string;
  readonly formatId?: string;
}
const CAPABILITY_URLS: readonly CapabilityUrl[] = (capabilityData as { urls: CapabilityUrl[] }).urls;

/** The scheme of `value` when it starts like a URL (`https://`, `postgresql://`, `mongodb+srv://`). */
export function urlScheme(value: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]{1,15}):\/\//i.exec(value.slice(0, 24));
  return match?.[1]?.toLowerCase();
}

/** Every credential in a URL that starts at index 0 of `url` and ends at `url.length`. */
export function findUrlSecrets(url: string): UrlSecret[] {
  const scheme = urlScheme(url);
  if (!scheme) return [];
  const results: UrlSecret[] = [];
  const authorityStart = scheme.length + 3;
  let authorityEnd = url.length;
  for (const stop of ['/', '?', '#']) {
    const index = url.indexOf(stop, authorityStart);
    if (index !== -1 && index < authorityEnd) authorityEnd = index;
  }
  const at = url.lastIndexOf('@', authorityEnd - 1);
  if (at >= authorityStart) {
    const userinfo = url.slice(authorityStart, at);
    const colon = userinfo.indexOf(':');
    const database = DATABASE_SCHEMES[scheme];
    if (colon !== -1) {
      const password = userinfo.slice(colon + 1);
      if (isRealValue(password)) {
        const start = authorityStart + colon + 1;
        results.push({
          kind: database ? `${database} password` : 'URL password',
          formatId: database ? 'db-connection-string' : 'url-userinfo',
          confidence: 'high',
          start,
          end: at,
          part: 'userinfo',
        });
      }
    } else if (isRealValue(userinfo)) {
      const formatId = matchTokenFormat(userinfo);
      if (formatId || (userinfo.length >= 20 && shannonEntropy(userinfo) > 3.5)) {
        results.push({ kind: formatId ? kindLabel(formatId) : 'token in the URL', formatId: formatId ?? 'url-userinfo', confidence: formatId ? 'high' : 'medium', start: authorityStart, end: at, part: 'userinfo' });
      }
    }
  }
  const queryStart = url.indexOf('?', authorityEnd);
  const hashStart = url.indexOf('#', authorityEnd);
  const pathEnd = queryStart !== -1 ? queryStart : hashStart !== -1 ? hashStart : url.length;
  // concat, not push(...): a URL can hold more parameters than a call may take arguments.
  const inPath = results.concat(pathSecrets(url, authorityStart, authorityEnd, pathEnd, at));
  return queryStart === -1 ? inPath : inPath.concat(querySecrets(url, queryStart + 1, hashStart > queryStart ? hashStart : url.length));
}

function querySecrets(url: string, from: number, to: number): UrlSecret[] {
  const results: UrlSecret[] = [];
  let cursor = from;
  while (cursor < to) {
    let amp = url.indexOf('&', cursor);
    if (amp === -1 || amp > to) amp = to;
    const eq = url.indexOf('=', cursor);
    if (eq !== -1 && eq < amp) {
      const name = url.slice(cursor, eq);
      const value = url.slice(eq + 1, amp);
      const formatId = matchTokenFormat(value);
      const named = SECRET_PARAMETERS.has(name.toLowerCase()) || isSecretName(name);
      if (isRealValue(value) && (formatId || (named && value.length >= 8))) {
        const named = formatByVariableName(name);
        const byName = named && formatById(named)?.provider !== 'generic' ? named : undefined;
        const id = formatId ?? byName;
        results.push({
          kind: id ? kindLabel(id) : `secret in the URL parameter ${name}`,
          formatId: id ?? 'url-query-secret',
          confidence: formatId || shannonEntropy(value) > 3 ? 'high' : 'medium',
          start: eq + 1,
          end: amp,
          part: 'query',
          parameter: name,
        });
      }
    }
    cursor = amp + 1;
  }
  return results;
}

function pathSecrets(url: string, authorityStart: number, authorityEnd: number, pathEnd: number, at: number): UrlSecret[] {
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  const host = url.slice(hostStart, authorityEnd).toLowerCase().replace(/:\d+$/, '');
  const path = url.slice(authorityEnd, pathEnd);
  const segments: { text: string; start: number }[] = [];
  let offset = authorityEnd;
  for (const segment of path.split('/')) {
    if (segment) segments.push({ text: segment, start: offset });
    offset += segment.length + 1;
  }
  const results: UrlSecret[] = [];
  for (const capability of CAPABILITY_URLS) {
    if (host !== capability.host || !path.startsWith(capability.pathPrefix)) continue;
    const prefixSegments = capability.pathPrefix.split('/').filter(Boolean).length;
    const wanted = segments[prefixSegments + capability.segment];
    if (wanted && isRealValue(wanted.text) && wanted.text.length >= 8) {
      results.push({ kind: `${capability.provider} URL secret`, formatId: capability.formatId ?? 'url-query-secret', confidence: 'high', start: wanted.start, end: wanted.start + wanted.text.length, part: 'path' });
      return results;
    }
  }
  for (const segment of segments) {
    const formatId = matchTokenFormat(segment.text);
    if (formatId) results.push({ kind: kindLabel(formatId), formatId, confidence: 'high', start: segment.start, end: segment.start + segment.text.length, part: 'path' });
  }
  return results;
}

/** Not empty, not a placeholder, not a variable reference. */
function isRealValue(value: string): boolean {
  if (!value || isPlaceholder(decodeSafely(value)) || isReferenceOnly(value)) return false;
  return !/^[<{[]/.test(value) && !/^%[0-9A-Fa-f]{2}\{/.test(value);
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
