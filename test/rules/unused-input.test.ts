import { unusedInput } from '../../server/src/engine/rules/unused-input';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(unusedInput, {
  valid: [
    {
      name: 'used in env',
      host: 'vscode',
      servers: { a: { command: 'node', env: { TOKEN: '${input:token}' } } },
      extra: { inputs: [{ type: 'promptString', id: 'token', password: true }] },
    },
    {
      name: 'used in a header of a remote server',
      host: 'vscode',
      servers: { a: { type: 'http', url: 'https://example.com', headers: { Authorization: 'Bearer ${input:token}' } } },
      extra: { inputs: [{ type: 'promptString', id: 'token', password: true }] },
    },
  ],
  invalid: [
    {
      name: 'declared but never used',
      host: 'vscode',
      code: '{\n  "inputs": [\n    { "type": "promptString", "id": "old-token", "password": true },\n    { "type": "promptString", "id": "used" }\n  ],\n  "servers": { "a": { "command": "node", "args": ["${input:used}"] } }\n}\n',
      errors: [{ message: 'input "old-token" is declared but no server uses', text: '"old-token"', line: 3, severity: 'info' }],
      // Only the unused entry and its comma go: the other entry keeps its layout.
      output: '{\n  "inputs": [\n    { "type": "promptString", "id": "used" }\n  ],\n  "servers": { "a": { "command": "node", "args": ["${input:used}"] } }\n}\n',
    },
  ],
});
