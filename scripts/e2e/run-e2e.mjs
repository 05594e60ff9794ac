// The real-editor e2e run (npm run test:e2e): VS Code's server from the npm package code-server + headless Debian
// Chromium, no download of VS Code. Two parts:
//  1. the mocha suite in test/e2e/suite, run through @vscode/test-electron's own runTests() with a stand-in executable
//     (code-shim.mjs) inside the server's Node extension host, once trusted and once in Restricted Mode;
//  2. a Playwright check of the real UI with the packaged .vsix installed as a user would (ui-check.mjs).
// Anything that keeps the editor from starting fails the run with the reason; nothing is skipped silently.
// env: E2E_PART=all|suite|untrusted|ui, CODE_SERVER_VERSION (default 4.100.3), VERBOSE=1,
//      E2E_UPDATE_SCREENSHOTS=1 (refresh the README pictures in docs/images/ from this run)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { installVsix, startVsCodeServer } from './vscode-server.mjs';
import { checkTrustGrant, checkUi } from './ui-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, '.cache/e2e');
const part = process.env.E2E_PART ?? 'all';
const started = Date.now();
const log = (...args) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);
const fail = (message) => { console.error(`\ne2e FAILED: ${message}`); process.exit(1); };

for (const file of ['dist/extension.js', 'dist/server.js', 'out/e2e/suite/index.js']) {
  if (!fs.existsSync(path.join(root, file))) fail(`${file} is missing: run "npm run build" first`);
}

log('installing / checking code-server and Chromium (scripts/e2e/install.sh)');
const install = spawnSync('bash', [path.join(root, 'scripts/e2e/install.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const csDir = install.stdout.trim().split('\n').pop();
if (install.status !== 0 || !csDir || !fs.existsSync(csDir)) fail(`installing the editor failed (exit ${install.status}); see the output above`);

fs.rmSync(path.join(outDir, 'screenshots'), { recursive: true, force: true });
fs.rmSync(path.join(outDir, 'activation.json'), { force: true });
fs.mkdirSync(path.join(outDir, 'screenshots'), { recursive: true });
// Workspaces live outside the repository, so git (and MCP Warden's exposure check) sees them as they are.
const workspaces = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-e2e-'));
process.on('exit', () => fs.rmSync(workspaces, { recursive: true, force: true }));
/** A fresh copy of the fixture workspace: the tests edit and save files. */
const freshWorkspace = (name) => {
  const target = path.join(workspaces, name);
  fs.cpSync(path.join(root, 'test/e2e/workspace'), target, { recursive: true });
  return target;
};

const results = [];
/** The mocha suite through @vscode/test-electron's runTests, in a trusted workspace or in Restricted Mode. */
async function runSuite(name, trust) {
  const workspace = freshWorkspace(`${trust}-workspace`);
  log(`${name} on ${workspace}`);
  process.env.CODE_SERVER_DIR = csDir;
  process.env.E2E_LOG_DIR = path.join(outDir, 'logs');
  process.env.E2E_TRUST = trust;
  try {
    await runTests({
      vscodeExecutablePath: path.join(root, 'scripts/e2e/code-shim.mjs'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/e2e/suite/index'),
      launchArgs: [workspace],
      extensionTestsEnv: { MCP_WARDEN_E2E: '1', MCP_WARDEN_E2E_TRUST: trust, MCP_WARDEN_E2E_OUT: outDir },
    });
    results.push([name, true]);
  } catch (error) {
    results.push([name, false, String(error?.message ?? error)]);
  }
}
if (part === 'all' || part === 'suite') await runSuite('extension-host suite', 'trusted');
if (part === 'all' || part === 'untrusted') await runSuite('extension-host suite in Restricted Mode', 'untrusted');

if (part === 'all' || part === 'ui') {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-ui-'));
  let server;
  try {
    const vsix = path.join(outDir, 'mcp-warden-e2e.vsix');
    log('packing the .vsix (scripts/pack-vsix.mjs, vsce)');
    const packed = spawnSync(process.execPath, [path.join(root, 'scripts/pack-vsix.mjs'), '--out', vsix], { encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`packing the .vsix failed:\n${packed.stdout}\n${packed.stderr}`);
    const extensionsDir = path.join(tmp, 'ed');
    log(`installing it: ${installVsix(csDir, vsix, extensionsDir, tmp).split('\n').pop()}`);
    server = await startVsCodeServer({ csDir, tmp, logDir: path.join(outDir, 'logs'), extensionsDir });
    const workspace = freshWorkspace('ui-workspace');
    log(`UI check on ${server.url} with ${workspace}`);
    const failures = await checkUi({ url: server.url, workspace, shots: path.join(outDir, 'screenshots'), log });
    results.push(['UI check', failures.length === 0, failures.join('; ')]);
    if (failures.length === 0) {
      // README pictures: written when missing or asked for, so that a test run leaves tracked files alone
      for (const [shot, target] of [['quick-fix-menu.png', 'quick-fix.png'], ['problems-panel.png', 'problems-panel.png']]) {
        const destination = path.join(root, 'docs/images', target);
        if (process.env.E2E_UPDATE_SCREENSHOTS !== '1' && fs.existsSync(destination)) continue;
        fs.mkdirSync(path.dirname(destination), { recursive: true });
        fs.copyFileSync(path.join(outDir, 'screenshots', shot), destination);
        log(`updated docs/images/${target}`);
      }
    } else {
      console.error(`--- last lines of the VS Code server log (${server.logFile}) ---\n${server.tail(30)}`);
    }
  } catch (error) {
    results.push(['UI check', false, String(error?.stack ?? error)]);
  } finally {
    await server?.stop();
  }
  // the same installed extension, in a folder opened in Restricted Mode, then trusted from the UI
  let untrusted;
  try {
    if (!fs.existsSync(path.join(tmp, 'ed'))) throw new Error('the extension was not installed (see the UI check)');
    untrusted = await startVsCodeServer({ csDir, tmp: path.join(tmp, 'trust'), logDir: path.join(outDir, 'logs'), extensionsDir: path.join(tmp, 'ed'), trusted: false });
    const failures = await checkTrustGrant({ url: untrusted.url, workspace: freshWorkspace('trust-workspace'), shots: path.join(outDir, 'screenshots'), log });
    results.push(['UI trust grant', failures.length === 0, failures.join('; ')]);
  } catch (error) {
    results.push(['UI trust grant', false, String(error?.stack ?? error)]);
  } finally {
    await untrusted?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

console.log('');
const activation = path.join(outDir, 'activation.json');
if (fs.existsSync(activation)) console.log(`activation to a running language server: ${JSON.parse(fs.readFileSync(activation, 'utf8')).activationMs} ms (${path.relative(root, activation)})`);
for (const [name, ok, detail] of results) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
const failed = results.filter(([, ok]) => !ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s); screenshots in ${path.relative(root, path.join(outDir, 'screenshots'))}/`);
if (results.length === 0) fail(`E2E_PART=${part} ran nothing (use all, suite, untrusted or ui)`);
process.exit(failed ? 1 : 0);
