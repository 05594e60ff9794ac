/**
 * A secret passed on the command line (`--api-key X`, `--token=X`, `API_KEY=X`, a bare token, a DSN) is written in the
 * file and also visible to every local user in process listings while the server runs. The fix moves it into `env`.
 */
import { findSecrets, reportable } from '../secrets/find-secrets';
import { reportSecret } from '../secrets/report-secret';
import { moveArgToEnvFix } from '../secrets/secret-fixes';
import { defineRule } from './rule';

export const secretInArgs = defineRule({
  meta: {
    id: 'secret-in-args',
    description: 'a secret is passed as a command-line argument',
    category: 'secrets',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    for (const hit of findSecrets(config, context.document)) {
      if ((hit.place !== 'arg' && hit.place !== 'command') || !reportable(hit, context)) continue;
      const move = moveArgToEnvFix(hit, context);
      reportSecret(hit, context, {
        why: 'it is readable in this file and, while the server runs, in every process listing (ps, Task Manager) of this machine',
        ...(move ? { leadingFixes: [move] } : {}),
      });
    }
  },
});
