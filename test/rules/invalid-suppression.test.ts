import { invalidSuppression } from '../../server/src/engine/rules/invalid-suppression';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(invalidSuppression, {
  valid: [
    { name: 'rule id and reason', host: 'vscode', code: '{\n  // mcp-warden-ignore[unknown-field] used by our wrapper\n  "servers": { "a": { "command": "node", "x": 1 } }\n}\n' },
    { name: 'ordinary comments', host: 'vscode', code: '{\n  // servers we use\n  "servers": {}\n}\n' },
    { name: 'hosts without comments stay silent', host: 'claude-desktop', code: '{ "mcpServers": {} }' },
  ],
  invalid: [
    {
      name: 'no reason',
      host: 'vscode',
      code: '{\n  "servers": { "a": { "command": "node", "x": 1 } } // mcp-warden-ignore[unknown-field]\n}\n',
      errors: [{ message: 'without a reason suppresses nothing', text: '// mcp-warden-ignore[unknown-field]', line: 2 }],
    },
    {
      name: 'unknown rule id with did-you-mean',
      host: 'zed',
      code: '{\n  // mcp-warden-ignore[unknown-feild] legacy\n  "context_servers": {}\n}\n',
      errors: [{ message: 'unknown rule id "unknown-feild" in mcp-warden-ignore; did you mean "unknown-field"?', text: 'unknown-feild' }],
    },
    {
      name: 'empty list',
      host: 'gemini-cli',
      code: '{\n  /* mcp-warden-ignore[] because */\n  "mcpServers": {}\n}\n',
      errors: [{ message: 'lists no rule id' }],
    },
    {
      name: 'no brackets',
      host: 'vscode',
      code: '{\n  // mcp-warden-ignore unknown-field because\n  "servers": {}\n}\n',
      errors: [{ message: 'must list the rules it suppresses in brackets' }],
    },
  ],
});
