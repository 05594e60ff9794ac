// npm run test:vscode: the same e2e mocha suite in a downloaded desktop VS Code, with @vscode/test-electron's stock
// runTests (for developer machines and GitHub Actions; needs update.code.visualstudio.com and a display or xvfb-run).
// Where VS Code cannot be downloaded it fails with the reason; `npm run test:e2e` runs the suite without a download.
// env: VSCODE_VERSION (default: stable)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = path.join(root, '.cache/e2e/run/vscode-workspace');
fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(path.join(root, 'test/e2e/workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/e2e/suite/index'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { MCP_WARDEN_E2E: '1' },
  });
} catch (error) {
  console.error(`test:vscode FAILED: ${error?.message ?? error}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|download/i.test(String(error?.message))) {
    console.error('VS Code could not be downloaded here; run "npm run test:e2e" (VS Code server from the npm package code-server).');
  }
  process.exit(1);
}
