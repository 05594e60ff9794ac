import { syntaxError } from '../../server/src/engine/rules/syntax-error';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(syntaxError, {
  valid: [
    { name: 'strict JSON in a strict host', host: 'claude-desktop', code: '{ "mcpServers": { "a": { "command": "node" } } }' },
    { name: 'comments and trailing commas in VS Code (JSONC)', host: 'vscode', code: '{\n  // servers\n  "servers": { "a": { "command": "node", }, },\n}\n' },
    { name: 'comments in Gemini CLI (strip-json-comments)', host: 'gemini-cli', code: '{\n  // mine\n  "mcpServers": {}\n}\n' },
    { name: 'a BOM in VS Code', host: 'vscode', code: '\ufeff{ "servers": {} }' },
  ],
  invalid: [
    {
      name: 'missing comma',
      host: 'cursor',
      code: '{\n  "mcpServers": {\n    "a": { "command": "node" }\n    "b": { "command": "node" }\n  }\n}\n',
      errors: [{ message: 'comma expected', line: 4, severity: 'error', text: '"b"' }],
    },
    {
      name: 'comment in Claude Desktop',
      host: 'claude-desktop',
      code: '{\n  // my servers\n  "mcpServers": {}\n}\n',
      errors: [{ message: 'Claude Desktop reads this file as strict JSON', text: '// my servers' }],
      output: '{\n  \n  "mcpServers": {}\n}\n',
    },
    {
      name: 'trailing comma in Gemini CLI',
      host: 'gemini-cli',
      code: '{ "mcpServers": { "a": { "command": "node" }, } }',
      errors: [{ message: 'trailing commas', text: ',' }],
      output: '{ "mcpServers": { "a": { "command": "node" } } }',
    },
    {
      name: 'BOM in Cline',
      host: 'cline',
      code: '\ufeff{ "mcpServers": {} }',
      errors: [{ message: 'byte order mark', line: 1 }],
      output: '{ "mcpServers": {} }',
    },
    {
      name: 'prose inside JSON still yields the rest',
      host: 'gemini-cli',
      code: '{ ...other config\n  "mcpServers": { "s": { "command": "x" } }\n}\n',
      errors: [{ message: 'unexpected character', line: 1 }, { message: 'unexpected character', line: 1 }],
    },
  ],
});
