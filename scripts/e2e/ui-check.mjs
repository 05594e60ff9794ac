// Drives the real workbench in headless Chromium (playwright-core) with the packaged extension installed: the squiggle
// is drawn on the token, the Problems panel lists opened and unopened configs, the Ctrl+. quick-fix changes the file
// on disk, and screenshots are saved. Returns the list of failed checks (empty = all passed).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './vscode-server.mjs';

const PACKAGE = '@modelcontextprotocol/server-memory';
const FIX_TITLE = 'Pin to 2025.9.25';
const REASON = 'approved by the e2e reviewers';

/** Quick Open (Ctrl+P) with a folder-qualified query, then waits for the editor tab. */
async function openFile(page, query, tabName) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(query);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${tabName}"]`, { timeout: 20000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${tabName}"]`, { timeout: 20000 });
}

/** Puts the cursor inside the first occurrence of `token` (Go to Line, Ctrl+G line:column). */
async function cursorTo(page, text, token) {
  const before = text.slice(0, text.indexOf(token)).split('\n');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${before.length}:${(before.at(-1)?.length ?? 0) + 2}`);
  await page.keyboard.press('Enter');
}

/**
 * Ctrl+. and waits for an entry containing `title`; returns every entry. Retried: a request sent while the file was
 * just opened can be answered before the server has linted it ("No code actions available").
 */
async function openQuickFixMenu(page, title) {
  const entry = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    const shown = await entry.waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (shown) break;
    if (attempt === 4) throw new Error(`Ctrl+. never offered "${title}"`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
  }
  return page.locator('.action-widget .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') || row.textContent || ''));
}

/** A pointer-block overlay covers the menu, so the entry is chosen with the keyboard. */
async function chooseAction(page, title) {
  for (let i = 0; i < 15; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').first().textContent().catch(() => '');
    if (focused?.includes(title)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** @param {{ url: string, workspace: string, shots: string, log: (...args: unknown[]) => void }} options */
export async function checkUi({ url, workspace, shots, log }) {
  const failures = [];
  const check = (ok, what) => { log(`${ok ? 'PASS' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
  const file = path.join(workspace, '.vscode', 'mcp.json');
  const original = fs.readFileSync(file, 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => log('page error:', error.message));
  try {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    log('workbench loaded');

    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await openFile(page, '.vscode/mcp.json', 'mcp.json');
    log('opened .vscode/mcp.json');

    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60000 });
    const squiggles = await page.locator('.monaco-editor .squiggly-warning').count();
    check(squiggles >= 1, `a warning squiggle is drawn in the editor (${squiggles})`);
    await page.screenshot({ path: path.join(shots, 'editor-squiggle.png') });

    // Problems panel (Ctrl+Shift+M): the opened file and the configs nobody opened
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20000 });
    const rowsOf = () => page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') || row.textContent || ''));
    let rows = await rowsOf();
    for (let i = 0; i < 100 && rows.filter((row) => row.includes(PACKAGE)).length < 3; i++) { await page.waitForTimeout(200); rows = await rowsOf(); }
    log('Problems panel rows:', JSON.stringify(rows));
    check(rows.some((row) => row.includes(`runs "${PACKAGE}" without a version`)), 'the Problems panel shows the opened file\'s finding');
    check(rows.some((row) => row.includes(`${PACKAGE}@latest`)) && rows.some((row) => row.includes(`${PACKAGE}@^2025.1.0`)),
      'the Problems panel shows the findings of the unopened .cursor/mcp.json and .mcp.json');
    await page.screenshot({ path: path.join(shots, 'problems-panel.png') });

    await cursorTo(page, original, PACKAGE);
    const menu = await openQuickFixMenu(page, FIX_TITLE);
    log('quick-fix menu:', JSON.stringify(menu));
    check(menu.some((entry) => entry.includes(FIX_TITLE)), `Ctrl+. offers "${FIX_TITLE} …"`);
    await page.screenshot({ path: path.join(shots, 'quick-fix-menu.png') });
    await chooseAction(page, FIX_TITLE);
    await page.keyboard.press('Control+S');
    let onDisk = original;
    for (let i = 0; i < 75 && !onDisk.includes(`${PACKAGE}@2025.9.25`); i++) { await page.waitForTimeout(200); onDisk = fs.readFileSync(file, 'utf8'); }
    check(onDisk.includes(`"${PACKAGE}@2025.9.25"`) && onDisk.includes('// e2e fixture: .mcp-warden.json lists a reviewed version'), 'the quick-fix changed the file on disk and kept its comment');
    const cleared = await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-warning').length === 0, null, { timeout: 20000 }).then(() => true, () => false);
    check(cleared, 'the squiggle is gone after the fix');
    await page.screenshot({ path: path.join(shots, 'after-fix.png') });

    // "Ignore this finding…" asks for a reason in an input box (the server's askReason request), then writes the
    // ignore: .mcp.json is strict JSON (Claude Code), so it goes into .mcp-warden.json
    const claudeFile = path.join(workspace, '.mcp.json');
    const claudeText = fs.readFileSync(claudeFile, 'utf8');
    await openFile(page, '.mcp.json', '.mcp.json');
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 30000 });
    await cursorTo(page, claudeText, PACKAGE);
    const ignoreMenu = await openQuickFixMenu(page, 'Ignore this unpinned-package finding');
    log('quick-fix menu on .mcp.json:', JSON.stringify(ignoreMenu));
    await chooseAction(page, 'Ignore this unpinned-package finding');
    const reasonBox = await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20000 }).then(() => true, () => false);
    check(reasonBox, 'the ignore action asks for a reason in an input box');
    const title = await page.locator('.quick-input-widget .quick-input-title').textContent().catch(() => '');
    await page.screenshot({ path: path.join(shots, 'ignore-reason.png') });
    await page.keyboard.type(REASON);
    await page.keyboard.press('Enter');
    check(/unpinned-package/.test(title ?? ''), `the input box names the rule ("${title}")`);
    // the ignore is an edit to .mcp-warden.json, which VS Code applies unsaved, as with any workspace edit
    await page.waitForTimeout(500);
    await runCommand(page, 'File: Save All');
    const ignored = await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-warning').length === 0, null, { timeout: 20000 }).then(() => true, () => false);
    check(ignored, 'the finding is gone once the ignore with its reason is saved');
    const policyFile = path.join(workspace, '.mcp-warden.json');
    let policy = '';
    for (let i = 0; i < 50 && !policy.includes(REASON); i++) { await page.waitForTimeout(200); policy = fs.readFileSync(policyFile, 'utf8'); }
    const written = JSON.parse(policy).ignores?.find((ignore) => ignore.reason === REASON);
    check(written?.rule === 'unpinned-package' && written?.file === '.mcp.json' && JSON.parse(policy).reviewed !== undefined,
      '.mcp-warden.json gains the ignore with its reason and keeps the reviewed list');
  } catch (error) {
    failures.push(`UI step failed: ${error.message}`);
    log('ERROR', error.message);
    await page.screenshot({ path: path.join(shots, 'error.png') }).catch(() => {});
  } finally {
    await browser.close();
  }
  return failures;
}

/**
 * Restricted Mode, then "Trust" in the Manage Workspace Trust editor: the inline ignore in .gemini/settings.json is
 * ignored while the folder is untrusted (2 problems) and honoured at once after trust is granted (1 problem), which
 * shows the client forwarding onDidGrantWorkspaceTrust to the server. Returns the failed checks.
 * @param {{ url: string, workspace: string, shots: string, log: (...args: unknown[]) => void }} options
 */
export async function checkTrustGrant({ url, workspace, shots, log }) {
  const failures = [];
  const check = (ok, what) => { log(`${ok ? 'PASS' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const geminiRow = async () => {
    const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((list) => list.map((row) => row.getAttribute('aria-label') || ''));
    return rows.find((row) => row.includes('in file settings.json of folder .gemini')) ?? '';
  };
  const waitForGemini = async (count) => {
    let row = '';
    for (let i = 0; i < 150 && !row.startsWith(`${count} problem`); i++) { await page.waitForTimeout(200); row = await geminiRow(); }
    return row;
  };
  try {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { timeout: 20000 });
    const before = await waitForGemini(2);
    check(before.startsWith('2 problem'), `Restricted Mode: the workspace's inline ignore hides nothing ("${before}")`);
    await runCommand(page, 'Manage Workspace Trust');
    await page.waitForSelector('.workspace-trust-editor', { timeout: 20000 });
    await page.screenshot({ path: path.join(shots, 'trust-editor.png') });
    await page.locator('.workspace-trust-editor .workspace-trust-buttons .monaco-button', { hasText: /^Trust$/ }).first().click();
    await page.keyboard.press('Control+Shift+M');
    const after = await waitForGemini(1);
    check(after.startsWith('1 problem'), `after "Trust", the inline ignore applies without a restart ("${after}")`);
    await page.screenshot({ path: path.join(shots, 'after-trust.png') });
  } catch (error) {
    failures.push(`trust UI step failed: ${error.message}`);
    log('ERROR', error.message);
    await page.screenshot({ path: path.join(shots, 'trust-error.png') }).catch(() => {});
  } finally {
    await browser.close();
  }
  return failures;
}
