// Language server: didChange -> publishDiagnostics latency beyond the debounce, through stdio, for a 50-server config.
import { vscodeConfig } from '../lib/generate-configs.mjs';
import { startServer } from './lsp-client.mjs';
import { summarize } from './stats.mjs';

/** The server's debounce (server/src/lsp): latency "beyond the debounce" subtracts it. */
export const DEBOUNCE_MS = Number(process.env.MCP_WARDEN_DEBOUNCE_MS ?? 150);

export async function benchLsp() {
  const server = await startServer();
  try {
    const uri = 'file:///bench/.vscode/mcp.json';
    const base = vscodeConfig(50);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jsonc', version: 1, text: base } });
    await server.waitFor((e) => e.params.uri === uri);
    const samples = [];
    for (let version = 2; version < 62; version++) {
      const text = base.replace('"server-0"', `"server-${version}x"`);
      const sent = process.hrtime.bigint();
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const event = await server.waitFor((e) => e.params.uri === uri && e.at > sent && (e.params.version === undefined || e.params.version === version));
      samples.push(Number(event.at - sent) / 1e6 - DEBOUNCE_MS);
      await new Promise((r) => setTimeout(r, 20));
    }
    const stats = summarize(samples);
    console.log(`didChange -> publishDiagnostics beyond the ${DEBOUNCE_MS} ms debounce (50 servers, ${stats.runs} edits): p50 ${stats.median.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms (target p95 ≤ 15 ms: ${stats.p95 <= 15 ? 'met' : 'MISSED'})`);
    return { p50Ms: stats.median, p95Ms: stats.p95, debounceMs: DEBOUNCE_MS, initializeMs: server.initializeMs };
  } finally {
    await server.stop();
  }
}
