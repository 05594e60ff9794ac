import { duplicateServer } from '../../server/src/engine/rules/duplicate-server';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(duplicateServer, {
  valid: [
    { name: 'distinct names', host: 'cursor', servers: { a: { command: 'node' }, b: { command: 'node' } } },
    { name: 'names that differ in case are distinct', host: 'cursor', code: '{ "mcpServers": { "a": { "command": "x" }, "A": { "command": "y" } } }' },
    { name: 'same env key in two servers is fine', host: 'cursor', servers: { a: { command: 'x', env: { K: '1' } }, b: { command: 'y', env: { K: '2' } } } },
  ],
  invalid: [
    {
      name: 'same name twice in one object',
      host: 'claude-desktop',
      code: '{\n  "mcpServers": {\n    "github": { "command": "old" },\n    "fs": { "command": "node" },\n    "github": { "command": "new" }\n  }\n}\n',
      errors: [{ message: 'server "github" is defined again on line 5; Claude Desktop keeps only the last definition', text: '"github"', line: 3, server: 'github', confidence: 'high' }],
      output: '{\n  "mcpServers": {\n    "fs": { "command": "node" },\n    "github": { "command": "new" }\n  }\n}\n',
    },
    {
      name: 'three times reports the two ignored ones (CRLF, astral name)',
      host: 'vscode',
      code: '{\r\n  "servers": {\r\n    "𝒳": { "command": "a" },\r\n    "𝒳": { "command": "b" },\r\n    "𝒳": { "command": "c" }\r\n  }\r\n}\r\n',
      errors: [{ text: '"𝒳"', line: 3 }, { text: '"𝒳"', line: 4 }],
    },
    {
      name: 'user and project blocks of ~/.claude.json',
      host: 'claude-code',
      path: '/home/dev/.claude.json',
      code: '{\n  "mcpServers": { "db": { "command": "a" } },\n  "projects": {\n    "/repo": { "mcpServers": { "db": { "command": "b" } } }\n  }\n}\n',
      errors: [{ message: 'server "db" is also defined in "mcpServers"', severity: 'info', line: 4, text: '"db"' }],
    },
  ],
});
