import { dangerousEnvOverride } from '../../server/src/engine/rules/dangerous-env-override';
import { runRuleTests } from '../helpers/rule-tester';

const server = (env: Record<string, string>): Record<string, unknown> => ({ command: 'node', args: ['/opt/s.js'], env });

runRuleTests(dangerousEnvOverride, {
  valid: [
    { name: 'ordinary settings', host: 'cursor', servers: { s: server({ LOG_LEVEL: 'debug', API_TOKEN: '${env:API_TOKEN}' }) } },
    { name: 'NODE_OPTIONS that only tunes memory', host: 'cursor', servers: { s: server({ NODE_OPTIONS: '--max-old-space-size=4096' }) } },
    { name: 'an empty PATH override is ignored', host: 'cursor', servers: { s: server({ PATH: '' }) } },
  ],
  invalid: [
    {
      name: 'LD_PRELOAD injects a library',
      host: 'cursor',
      servers: { s: server({ LD_PRELOAD: '/tmp/hook.so' }) },
      errors: [{ server: 's', severity: 'error', confidence: 'high', text: '"LD_PRELOAD"', message: 'loads a shared library into every process' }],
    },
    {
      name: 'NODE_OPTIONS --require runs code first',
      host: 'vscode',
      servers: { s: server({ NODE_OPTIONS: '--require /tmp/x.js' }) },
      errors: [{ server: 's', severity: 'error', message: 'run code before the server starts' }],
    },
    {
      name: 'PATH extended and PYTHONPATH replaced',
      host: 'cursor',
      servers: { s: server({ PATH: '/opt/tool/bin:${env:PATH}', PYTHONPATH: '/home/dev/tools/lib' }) },
      errors: [
        { server: 's', severity: 'warning', confidence: 'medium', text: '"PATH"' },
        { server: 's', severity: 'warning', confidence: 'high', text: '"PYTHONPATH"', message: 'ahead of installed packages' },
      ],
    },
    {
      name: 'Windows spelling Path',
      host: 'claude-desktop',
      servers: { s: server({ Path: 'C:\\tools' }) },
      errors: [{ server: 's', text: '"Path"' }],
    },
  ],
});
