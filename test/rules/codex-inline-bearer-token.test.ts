import { codexInlineBearerToken } from '../../server/src/engine/rules/codex-inline-bearer-token';
import { runRuleTests } from '../helpers/rule-tester';

// Built at runtime so that no secret-looking literal is committed.
const TOKEN = ['sk', 'live', 'Qm9wXz3Rt6Yp1Lk9Mn4Bv7Cx2Df5Gh0'].join('_');

runRuleTests(codexInlineBearerToken, {
  valid: [
    {
      name: 'bearer_token_env_var names the variable',
      host: 'codex',
      code: '[mcp_servers.figma]\nurl = "https://mcp.figma.com/mcp"\nbearer_token_env_var = "FIGMA_TOKEN"\n',
    },
    {
      name: 'a server without any token',
      host: 'codex',
      servers: { docs: { url: 'https://developers.openai.com/mcp' } },
    },
    {
      name: 'another host with a field of that name is not Codex',
      host: 'cursor',
      servers: { remote: { url: 'https://api.example.com/mcp', bearer_token: 'x' } },
    },
  ],
  invalid: [
    {
      name: 'inline token of an HTTP server: refused by Codex, moved to bearer_token_env_var',
      host: 'codex',
      code: `# remote servers\n[mcp_servers.remote]\nurl = "https://api.example.com/mcp"\nbearer_token = "${TOKEN}" # do not commit\nenabled = true\n`,
      secrets: [TOKEN],
      errors: [{ message: 'Codex refuses an inline bearer_token for HTTP servers', severity: 'error', confidence: 'high', server: 'remote', text: 'bearer_token', line: 4 }],
      output: '# remote servers\n[mcp_servers.remote]\nurl = "https://api.example.com/mcp"\nenabled = true\nbearer_token_env_var = "REMOTE_BEARER_TOKEN"\n',
    },
    {
      name: 'bearer_token_env_var already set: the inline token is dropped',
      host: 'codex',
      code: `[mcp_servers.remote]\nurl = "https://api.example.com/mcp"\nbearer_token_env_var = "API_TOKEN"\nbearer_token = "${TOKEN}"\n`,
      secrets: [TOKEN],
      errors: [{ message: 'bearer_token_env_var', text: 'bearer_token' }],
      output: '[mcp_servers.remote]\nurl = "https://api.example.com/mcp"\nbearer_token_env_var = "API_TOKEN"\n',
    },
    {
      name: 'a stdio server never sends it (warning)',
      host: 'codex',
      servers: { local: { command: 'node', args: ['server.js'], bearer_token: TOKEN } },
      secrets: [TOKEN],
      errors: [{ message: 'a stdio server never sends it', severity: 'warning', server: 'local', text: 'bearer_token' }],
    },
    {
      name: 'quoted server name and dotted key',
      host: 'codex',
      code: `mcp_servers."my api".url = "https://api.example.com/mcp"\nmcp_servers."my api".bearer_token = "${TOKEN}"\n`,
      secrets: [TOKEN],
      errors: [{ server: 'my api', text: 'bearer_token', line: 2 }],
      output: 'mcp_servers."my api".url = "https://api.example.com/mcp"\nmcp_servers."my api".bearer_token_env_var = "MY_API_BEARER_TOKEN"\n',
    },
  ],
});
