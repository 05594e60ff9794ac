/**
 * A server URL that carries its credential (`https://user:pass@host`, `?api_key=…`, a capability path such as a
 * Composio or Zapier URL) leaks it wherever the URL goes: logs, proxies, screenshots, the file itself.
 */
import { findSecrets, reportable } from '../secrets/find-secrets';
import { reportSecret } from '../secrets/report-secret';
import { defineRule } from './rule';

export const credentialsInUrl = defineRule({
  meta: {
    id: 'credentials-in-url',
    description: 'a server URL contains a password, token or API key',
    category: 'secrets',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    for (const hit of findSecrets(config, context.document)) {
      if (hit.place !== 'url' || !reportable(hit, context)) continue;
      const why = hit.urlPart === 'path'
        ? 'this URL is itself the credential: anyone who has it acts as your account, and URLs end up in logs and proxies'
        : 'URLs end up in logs, proxies and error messages, and anyone who can read this file can use it';
      reportSecret(hit, context, { why });
    }
  },
});
