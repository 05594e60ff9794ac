// Starts VS Code's server from the npm package code-server (lib/vscode/out/server-main.js) on 127.0.0.1 in its own
// process group, with a fresh user-data/extensions folder, and stops the whole group (per-window helpers included).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Headless Chromium flags that keep it offline and quiet; launch() already gives it a fresh temporary profile. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|\[reconnection-grace-time\])/;
export const isNoise = (line) => NOISE.test(line);

export function chromiumPath() {
  const candidate = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) throw new Error(`Chromium not found at ${candidate}: run scripts/e2e/install.sh (apt-get install chromium) or set CHROMIUM`);
  return candidate;
}

/** User settings that keep the workbench deterministic: no Welcome editor (it steals focus), no gallery, no telemetry. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `trusted: false` keeps workspace trust on, so the folder opens in Restricted Mode (no startup prompt).
 * @param {{ csDir: string, tmp: string, logDir: string, extensionsDir?: string, settings?: object, trusted?: boolean }} options
 * @returns {Promise<{ url: string, port: number, logFile: string, extensionsDir: string, tail(lines: number): string, stop(): Promise<void> }>}
 */
export async function startVsCodeServer({ csDir, tmp, logDir, extensionsDir = path.join(tmp, 'ed'), settings = {}, trusted = true }) {
  const main = path.join(csDir, 'lib/vscode/out/server-main.js');
  if (!fs.existsSync(main)) throw new Error(`VS Code server not found at ${main}: run scripts/e2e/install.sh`);
  const userDataDir = path.join(tmp, 'ud');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(logDir, { recursive: true });
  const trust = trusted ? {} : { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...trust, ...settings }, null, 2));
  const port = await freePort();
  const logFile = path.join(logDir, `vscode-server-${port}.log`);
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [main, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry', ...(trusted ? ['--disable-workspace-trust'] : []),
    '--server-data-dir', path.join(tmp, 'sd'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
  { detached: true, stdio: ['ignore', log, log] });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const url = `http://127.0.0.1:${port}`;
  const tail = (lines) => { try { return fs.readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; } };
  const stop = async () => {
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      try { process.kill(-child.pid, signal); } catch { return; }
      for (let i = 0; i < 20 && !exited; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      if (exited) { try { process.kill(-child.pid, 0); } catch { return; } }
    }
  };
  const deadline = Date.now() + 30000;
  for (;;) {
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`the VS Code server did not start on ${url}${exited ? ' (it exited)' : ' within 30 s'}:\n${tail(30)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port, logFile, extensionsDir, tail, stop };
}

/** Installs a .vsix into an extensions folder the way a user would, with the server's own CLI. */
export function installVsix(csDir, vsix, extensionsDir, tmp) {
  const result = spawnSync(process.execPath, [path.join(csDir, 'lib/vscode/out/server-main.js'), '--install-extension', vsix,
    '--extensions-dir', extensionsDir, '--server-data-dir', path.join(tmp, 'sd-install'), '--accept-server-license-terms'],
  { encoding: 'utf8', timeout: 120000 });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}${result.stderr}`.trim();
}
