/**
 * A literal API key, token or password in an MCP config is readable by anything that reads the file: backups, sync
 * folders, other tools, and everyone with the repository. Covers env values, headers, other server fields and VS Code
 * `inputs` defaults; arguments and URLs have their own rules (`secret-in-args`, `credentials-in-url`).
 */
import { findSecrets, reportable } from '../secrets/find-secrets';
import { reportSecret } from '../secrets/report-secret';
import { defineRule } from './rule';

const PLACES = new Set(['env', 'header', 'field', 'input-default']);

export const literalSecret = defineRule({
  meta: {
    id: 'literal-secret',
    description: 'an API key, token or password is written literally in the config',
    category: 'secrets',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    for (const hit of findSecrets(config, context.document)) {
      if (PLACES.has(hit.place) && reportable(hit, context)) reportSecret(hit, context);
    }
  },
});
