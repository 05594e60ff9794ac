/** Starts real registries (Verdaccio, the CNCF distribution registry) on 127.0.0.1 for the integration tests, and stops them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningRegistry {
  readonly url: string;
  readonly dir: string;
  stop(): Promise<void>;
}

/** The executable named by the environment (set by scripts/test-registries.mjs), or a loud failure. */
export function requiredExecutable(variable: string, what: string): string {
  const path = process.env[variable];
  if (!path || !existsSync(path)) {
    throw new Error(`${what} is not available (${variable}=${path ?? 'unset'}): run "npm run test:registries", which installs it`);
  }
  return path;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`registry exited with ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`registry at ${url} was not ready within ${timeoutMs / 1000} s:\n${output()}`);
}

async function start(command: string, args: string[], readyUrl: string, url: string, dir: string): Promise<RunningRegistry> {
  let log = '';
  const child = spawn(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    await waitFor(readyUrl, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startVerdaccio(): Promise<RunningRegistry> {
  const bin = requiredExecutable('MCP_WARDEN_VERDACCIO', 'Verdaccio');
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-verdaccio-'));
  const port = await freePort();
  writeFileSync(join(dir, 'config.yaml'), [
    `storage: ${join(dir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${join(dir, 'htpasswd')}`,
    '    max_users: -1',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $all',
    '    unpublish: $all',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n'));
  const url = `http://127.0.0.1:${port}/`;
  return start(process.execPath, [bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], `${url}-/ping`, url, dir);
}

export async function startDistributionRegistry(): Promise<RunningRegistry> {
  const bin = requiredExecutable('MCP_WARDEN_DOCKER_REGISTRY', "Debian's docker-registry");
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-distribution-'));
  const port = await freePort();
  writeFileSync(join(dir, 'config.yml'), [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '',
  ].join('\n'));
  const url = `http://127.0.0.1:${port}`;
  return start(bin, ['serve', join(dir, 'config.yml')], `${url}/v2/`, url, dir);
}
