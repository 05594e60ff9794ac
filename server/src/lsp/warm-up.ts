/**
 * Warms the engine up in the background after start. V8 runs a function unoptimised until it has run it often, so
 * without this the lints of a session's first edits took two to three times as long as later ones (a 50-server file:
 * 4-10 ms for the first 25 edits, 2-3 ms after). The warm-up lints made-up configs in memory, one per event-loop turn
 * and none while a real lint is queued or running; nothing is read, run or published.
 */
import { lintFiles } from '../engine/index';
import { toDiagnostics } from './diagnostics';

/** About 100-150 ms of CPU once, before V8 has optimised the engine; a workspace scan of this many files warms it anyway. */
export const WARM_UP_LINTS = 150;

/** The path the made-up config is linted under (never read or written). */
const WARM_UP_PATH = '/mcp-warden-warm-up/.vscode/mcp.json';
const WARM_UP_URI = 'file:///mcp-warden-warm-up/.vscode/mcp.json';

/** How long the warm-up pauses, each time, while a real lint is queued or running. */
const BUSY_PAUSE_MS = 5;

export interface WarmUpControl {
  /** A real lint is queued or running: the warm-up waits. */
  busy(): boolean;
  /** The server is shutting down: the warm-up ends. */
  stopped(): boolean;
}

/** Lints `lints` made-up configs, one per event-loop turn and none while real lints are due; resolves with the count run. */
export async function warmUpEngine(lints: number, control: WarmUpControl): Promise<number> {
  let done = 0;
  while (done < lints && !control.stopped()) {
    await new Promise((resolve) => setImmediate(resolve));
    if (control.busy()) {
      await new Promise((resolve) => setTimeout(resolve, BUSY_PAUSE_MS));
      continue;
    }
    if (control.stopped()) break;
    const [result] = lintFiles([{ text: warmUpConfig(done), path: WARM_UP_PATH }]);
    // Diagnostics too (as a publish would make them), then dropped.
    if (result) toDiagnostics(result.findings, { uri: WARM_UP_URI, lines: result.lines, locate: () => undefined, relatedInformation: done % 2 === 0 });
    done++;
  }
  return done;
}

/**
 * A 10-server VS Code config in the shapes the rules look at (npx, uvx, docker, remote, shell wrappers, inputs,
 * variables, a literal token, a broad root), with names and versions that change with `round`: the engine caches what
 * it works out per string, and a repeated text would leave most of its code cold.
 */
export function warmUpConfig(round: number): string {
  const servers: Record<string, unknown> = {};
  for (let index = 0; index < 10; index++) {
    const id = round * 10 + index;
    servers[`server-${id}`] = warmUpServer(id);
  }
  const inputs = [{ id: `token-${round * 10}`, type: 'promptString', description: 'API token', password: true }];
  return `// made up to warm the engine\n${JSON.stringify({ inputs, servers }, null, 2)}\n`;
}

/** A token-shaped value, built here so no file holds one. */
function fakeToken(id: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let body = '';
  for (let k = 0; k < 36; k++) body += alphabet[(id * 7 + k * 13) % alphabet.length];
  return ['gh', 'p_'].join('') + body;
}

function warmUpServer(id: number): unknown {
  const version = `1.${id % 7}.${id % 13}`;
  switch (id % 10) {
    case 0:
      return { command: 'npx', args: ['-y', `@scope-${id % 3}/mcp-server-${id}`, '/'], env: { API_TOKEN: `\${input:token-${id}}`, NODE_OPTIONS: '--require ./hook.js' } };
    case 1:
      return { command: 'uvx', args: [`mcp-server-${id}==${version}`, '--verbose'], env: { GITHUB_TOKEN: fakeToken(id) } };
    case 2:
      return { command: 'docker', args: ['run', '-i', '--rm', '-e', 'TOKEN', `ghcr.io/example/mcp-${id}:latest`] };
    case 3:
      return { type: 'http', url: `http://mcp.example-${id}.com/mcp`, headers: { Authorization: `Bearer \${env:TOKEN_${id}}` } };
    case 4:
      return { command: 'bash', args: ['-c', `npx -y mcp-server-${id}@${version} --port 0`] };
    case 5:
      return { command: 'npx', args: ['-y', `@modelcontextprotocol/server-filesystem@${version}`, '${workspaceFolder}'] };
    case 6:
      return { command: 'uvx', args: ['mcp-server-fetch'] };
    case 7:
      return { type: 'sse', url: `https://user:${fakeToken(id).slice(0, 12)}@mcp.example-${id}.com/sse` };
    case 8:
      return { command: 'npx', args: ['-y', '@playwright/mcp'], autoApprove: ['browser_navigate'] };
    default:
      return { command: 'node', args: [`./servers/server-${id}.js`], cwd: '${workspaceFolder}', env: { DATA_DIR: '$HOME/data' } };
  }
}
