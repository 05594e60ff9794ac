import { wrongVariableSyntax } from '../../server/src/engine/rules/wrong-variable-syntax';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(wrongVariableSyntax, {
  valid: [
    { name: 'Claude Code ${VAR} and defaults', host: 'claude-code', servers: { a: { command: 'node', env: { T: '${TOKEN}', U: '${URL:-http://x}', H: '${HOME}/x' } } } },
    { name: 'VS Code env, input and predefined', host: 'vscode', servers: { a: { command: 'node', args: ['${workspaceFolder}', '${env:HOME}', '${input:x}'] } }, extra: { inputs: [{ type: 'promptString', id: 'x' }] } },
    { name: 'Cursor env and userHome', host: 'cursor', servers: { a: { command: 'node', args: ['${userHome}/x'], env: { T: '${env:TOKEN}' } } } },
    { name: 'Gemini $VAR', host: 'gemini-cli', servers: { a: { command: 'node', env: { T: '$TOKEN', U: '${URL}' } } } },
    { name: 'Windsurf file references', host: 'windsurf', servers: { a: { command: 'node', env: { T: '${file:/home/me/.token}' } } } },
    { name: 'Visual Studio is undocumented: silent', host: 'visual-studio', servers: { a: { command: 'node', env: { T: '${X}' } } } },
    { name: 'a shell script expands $VAR itself', host: 'claude-code', servers: { a: { command: 'sh', args: ['-c', 'exec node "$HOME/x.js"'] } } },
    { name: 'a lone dollar sign in Claude Desktop is text', host: 'claude-desktop', servers: { a: { command: 'node', args: ['--price=$5', '$HOME'] } } },
    { name: 'Continue rewrites ${VAR} in the env of an imported JSON file to a secret', host: 'continue', path: '/repo/.continue/mcpServers/github.json', servers: { gh: { command: 'node', env: { GITHUB_TOKEN: '${GITHUB_TOKEN}', HOME_DIR: '${HOME}' } } } },
  ],
  invalid: [
    {
      name: '${env:X} in Claude Code',
      host: 'claude-code',
      code: '{\n  "mcpServers": {\n    "gh": { "command": "node", "env": { "GITHUB_TOKEN": "${env:GITHUB_TOKEN}" } }\n  }\n}\n',
      errors: [{ message: 'Claude Code does not expand "${env:GITHUB_TOKEN}"; the server receives the literal text "${env:GITHUB_TOKEN}". Write "${GITHUB_TOKEN}"', text: '${env:GITHUB_TOKEN}', line: 3, confidence: 'high' }],
      output: '{\n  "mcpServers": {\n    "gh": { "command": "node", "env": { "GITHUB_TOKEN": "${GITHUB_TOKEN}" } }\n  }\n}\n',
    },
    {
      name: '${X} in VS Code (CRLF, astral text before)',
      host: 'vscode',
      code: '{\r\n  "servers": {\r\n    "a": { "command": "node", "args": ["😀 ${API_KEY}"] }\r\n  }\r\n}\r\n',
      errors: [{ text: '${API_KEY}', line: 3 }],
      output: '{\r\n  "servers": {\r\n    "a": { "command": "node", "args": ["😀 ${env:API_KEY}"] }\r\n  }\r\n}\r\n',
    },
    {
      name: 'a default has no VS Code equivalent: no fix',
      host: 'vscode',
      servers: { a: { command: 'node', env: { A: '${A:-x}' } } },
      errors: [{ message: /literal text "\$\{A:-x\}"$/ }],
    },
    {
      name: 'Continue JSON import: only env is rewritten, args keep ${VAR} literally',
      host: 'continue',
      path: '/repo/.continue/mcpServers/github.json',
      servers: { gh: { command: 'node', args: ['--token', '${GITHUB_TOKEN}'], env: { GITHUB_TOKEN: '${GITHUB_TOKEN}' } } },
      errors: [{ text: '${GITHUB_TOKEN}', message: /does not expand "\$\{GITHUB_TOKEN\}"/ }],
    },
    {
      name: 'anything in Claude Desktop',
      host: 'claude-desktop',
      servers: { a: { command: 'node', env: { T: '${TOKEN}', U: '${env:USER}' } } },
      errors: [{ message: 'Claude Desktop does not expand variables; the server receives the literal text "${TOKEN}"', text: '${TOKEN}' }, { text: '${env:USER}' }],
    },
    { name: 'Zed', host: 'zed', servers: { a: { command: 'node', env: { T: '${TOKEN}' } } }, errors: [{ message: 'Zed does not expand variables' }] },
    {
      name: '$X in Claude Code',
      host: 'claude-code',
      servers: { a: { command: 'node', env: { T: '$TOKEN' } } },
      errors: [{ text: '$TOKEN', confidence: 'medium' }],
      output: '{\n  "mcpServers": {\n    "a": {\n      "command": "node",\n      "env": {\n        "T": "${TOKEN}"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'input reference in Cursor',
      host: 'cursor',
      servers: { a: { command: 'node', env: { T: '${input:token}' } } },
      errors: [{ message: 'Cursor does not expand "${input:token}"' }],
    },
    {
      name: 'workspaceFolder in Claude Code',
      host: 'claude-code',
      servers: { a: { command: 'node', args: ['${workspaceFolder}/x'] } },
      errors: [{ text: '${workspaceFolder}' }],
    },
    {
      name: 'shape-detected file is low confidence',
      path: '/x/mcp.json',
      code: '{ "mcpServers": { "a": { "command": "node", "env": { "T": "${TOKEN}" } } } }',
      errors: [{ confidence: 'low' }],
    },
  ],
});
