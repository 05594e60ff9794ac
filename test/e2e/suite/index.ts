/** The extensionTestsPath module: VS Code's extension host calls run(), which runs the mocha suite and rejects on failure. */
import * as path from 'node:path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 120000, color: false, reporter: 'spec' });
  const only = process.env.MCP_WARDEN_E2E_GREP;
  if (only) mocha.grep(only);
  // the run in Restricted Mode has its own file: the trusted suite's fixes depend on the workspace's policy file
  const untrusted = process.env.MCP_WARDEN_E2E_TRUST === 'untrusted';
  mocha.addFile(path.join(__dirname, untrusted ? 'untrusted.test.js' : 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      console.log(`e2e: ${stats?.passes ?? 0} passed, ${stats?.failures ?? failures} failed, ${stats?.pending ?? 0} skipped`);
      if (failures > 0) reject(new Error(`${failures} e2e tests failed`));
      else if ((stats?.passes ?? 0) === 0) reject(new Error('no e2e test ran'));
      else resolve();
    });
  });
}
