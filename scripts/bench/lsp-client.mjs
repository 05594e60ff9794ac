// A minimal LSP client over stdio for benchmarks: spawns dist/server.js --stdio and answers configuration requests.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export async function startServer({ rootPath, env = {}, settings = {} } = {}) {
  const rpc = require('vscode-languageserver-protocol/node');
  // MCP_WARDEN_BENCH_NODE_ARGS passes flags to the server's node (e.g. --cpu-prof for profiling).
  const nodeArgs = process.env.MCP_WARDEN_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  // After `exit` the pipe closes; a late write must not crash the benchmark.
  child.stdin.on('error', () => {});
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const publishes = [];
  const listeners = new Set();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const event = { at: process.hrtime.bigint(), params };
    publishes.push(event);
    for (const listener of listeners) listener(event);
  });
  const scanStates = [];
  connection.onNotification('mcpWarden/scanStatus', (params) => {
    scanStates.push(params);
    for (const listener of scanListeners) listener(params);
  });
  const scanListeners = new Set();
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ ...settings })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => {});
  connection.listen();
  const started = process.hrtime.bigint();
  const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
      window: { workDoneProgress: true },
    },
    initializationOptions: { workspaceTrusted: true },
  });
  const initializeMs = Number(process.hrtime.bigint() - started) / 1e6;
  connection.sendNotification('initialized', {});
  const waitFor = (predicate, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const existing = publishes.find(predicate);
      if (existing) return resolve(existing);
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error('timed out waiting for publishDiagnostics'));
      }, timeoutMs);
      const listener = (event) => {
        if (!predicate(event)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(event);
      };
      listeners.add(listener);
    });
  /** Resolves with the status that ends the first workspace scan (state `idle` after `scanning`). */
  const waitForScanIdle = (timeoutMs = 300_000) =>
    new Promise((resolve, reject) => {
      const ended = () => scanStates.some((s) => s.state === 'scanning') && scanStates.at(-1).state === 'idle';
      if (ended()) return resolve(scanStates.at(-1));
      const timer = setTimeout(() => reject(new Error('timed out waiting for the workspace scan to end')), timeoutMs);
      const listener = () => {
        if (!ended()) return;
        clearTimeout(timer);
        scanListeners.delete(listener);
        resolve(scanStates.at(-1));
      };
      scanListeners.add(listener);
    });
  return {
    connection,
    child,
    waitForScanIdle,
    initializeMs,
    publishes,
    waitFor,
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      child.kill();
    },
  };
}
