#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): runTests only spawns
// that path with VS Code's CLI flags and takes its exit code, so this script starts VS Code's server from the npm
// package code-server on 127.0.0.1, opens headless Chromium on a window whose URL payload carries
// extensionDevelopmentPath/extensionTestsPath, prints the suite's output, and exits with the suite's exit code.
// env: CODE_SERVER_DIR (required: the installed code-server package), CHROMIUM (default /usr/bin/chromium),
//      TEST_TIMEOUT_MS (default 240000), VERBOSE=1 (every workbench log line), E2E_LOG_DIR (keep the server log),
//      E2E_TRUST=untrusted (open the folder in Restricted Mode).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, isNoise, startVsCodeServer } from './vscode-server.mjs';

const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const devPaths = argv.filter((arg) => arg.startsWith('--extensionDevelopmentPath=')).map((arg) => arg.split('=').slice(1).join('='));
const testsPath = option('extensionTestsPath');
const folder = argv.find((arg) => !arg.startsWith('-'));
const csDir = process.env.CODE_SERVER_DIR;
if (!csDir || !testsPath || devPaths.length === 0) {
  console.error('code-shim: needs CODE_SERVER_DIR, --extensionDevelopmentPath and --extensionTestsPath');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-shim-'));
const server = await startVsCodeServer({ csDir, tmp, logDir: process.env.E2E_LOG_DIR ?? tmp, trusted: process.env.E2E_TRUST !== 'untrusted' });
let code = 1;
let browser;
try {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
  const where = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
  const target = `${server.url}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const line = format(...args);
    if (process.env.VERBOSE || !isNoise(line)) (level === 'error' ? console.error : console.log)(line);
  });
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (exitCode) => resolve(exitCode)));
  await page.goto(target);
  const ms = Number(process.env.TEST_TIMEOUT_MS || 240000);
  const result = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(`timed out after ${ms} ms`), ms))]);
  if (typeof result === 'number') code = result;
  else console.error(`code-shim: the extension test run ${result}: the editor never reported an end (see the server log)`);
} catch (error) {
  console.error('code-shim: could not run the editor:', error);
} finally {
  if (browser) await browser.close().catch(() => {});
  await server.stop();
  if (code !== 0) console.error(`--- last lines of the VS Code server log (${server.logFile}) ---\n${server.tail(30)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
