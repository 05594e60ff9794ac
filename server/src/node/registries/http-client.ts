/** Minimal HTTP for registry look-ups: a 3 s timeout, a clear error when offline, and a response cache (memory + disk, 1 h). */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_CACHE_TTL_MS = 60 * 60 * 1000;

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type RegistryErrorKind = 'offline' | 'timeout' | 'not-found' | 'http' | 'invalid';

/** A registry look-up that failed, with a message meant for the user. */
export class RegistryError extends Error {
  constructor(readonly kind: RegistryErrorKind, message: string) {
    super(message);
  }
}

export interface HttpClientOptions {
  readonly timeoutMs?: number;
  /** Folder for the on-disk cache; undefined keeps the cache in memory only. */
  readonly cacheDir?: string;
  readonly cacheTtlMs?: number;
  /** Never touch the network: every request fails with kind `offline`. */
  readonly offline?: boolean;
  /** For tests: the current time. */
  readonly now?: () => number;
}

export interface HttpClient {
  request(url: string, init?: { method?: 'GET' | 'HEAD'; headers?: Record<string, string>; cache?: boolean }): Promise<HttpResponse>;
}

interface CacheEntry {
  readonly storedAt: number;
  readonly response: HttpResponse;
}

/** The per-user cache folder of the OS (`~/.cache/mcp-warden`, `~/Library/Caches/mcp-warden`, `%LOCALAPPDATA%\\mcp-warden`). */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>> = process.env, home: string = homedir(), os: string = platform()): string {
  if (os === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'mcp-warden', 'cache');
  if (os === 'darwin') return join(home, 'Library', 'Caches', 'mcp-warden');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'mcp-warden');
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const memory = new Map<string, CacheEntry>();
  const now = options.now ?? Date.now;
  const ttl = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const diskPath = (key: string): string | undefined =>
    options.cacheDir ? join(options.cacheDir, `${createHash('sha256').update(key).digest('hex')}.json`) : undefined;

  const readCache = (key: string): HttpResponse | undefined => {
    const fresh = (entry: CacheEntry | undefined): entry is CacheEntry => entry !== undefined && now() - entry.storedAt < ttl;
    const inMemory = memory.get(key);
    if (fresh(inMemory)) return inMemory.response;
    const path = diskPath(key);
    if (!path) return undefined;
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
      if (!fresh(entry)) return undefined;
      memory.set(key, entry);
      return entry.response;
    } catch {
      return undefined;
    }
  };

  const writeCache = (key: string, response: HttpResponse): void => {
    const entry = { storedAt: now(), response };
    memory.set(key, entry);
    const path = diskPath(key);
    if (!path || !options.cacheDir) return;
    try {
      mkdirSync(options.cacheDir, { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, path);
    } catch {
      // A cache that cannot be written only costs a later request.
    }
  };

  return {
    async request(url, init = {}) {
      const method = init.method ?? 'GET';
      const key = `${method} ${url} ${JSON.stringify(init.headers?.accept ?? init.headers?.Accept ?? '')}`;
      const useCache = init.cache !== false && !init.headers?.authorization && !init.headers?.Authorization;
      const cached = useCache ? readCache(key) : undefined;
      if (cached) return cached;
      const host = hostOf(url);
      if (options.offline) throw new RegistryError('offline', `offline mode: ${host} was not contacted`);
      let response: Response;
      try {
        response = await fetch(url, { method, headers: init.headers ?? {}, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw classify(error, host, timeoutMs);
      }
      let body: string;
      try {
        body = method === 'HEAD' ? '' : await response.text();
      } catch (error) {
        throw classify(error, host, timeoutMs);
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const result: HttpResponse = { status: response.status, headers, body };
      if (useCache && response.status === 200) writeCache(key, result);
      return result;
    },
  };
}

function classify(error: unknown, host: string, timeoutMs: number): RegistryError {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new RegistryError('timeout', `${host} did not answer within ${Math.round(timeoutMs / 100) / 10} s`);
  }
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  const detail = code ? ` (${code})` : '';
  return new RegistryError('offline', `cannot reach ${host}${detail}: are you offline? Pin a version by hand or record a reviewed one`);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Parses a JSON body or fails with a clear error naming the registry. */
export function parseJson<T>(response: HttpResponse, url: string): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new RegistryError('invalid', `${hostOf(url)} answered with something that is not JSON`);
  }
}
