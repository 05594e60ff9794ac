import { wrongRootKey } from '../../server/src/engine/rules/wrong-root-key';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(wrongRootKey, {
  valid: [
    { name: 'VS Code with servers', host: 'vscode', servers: { a: { command: 'node' } } },
    { name: 'Claude Desktop with mcpServers', host: 'claude-desktop', servers: { a: { command: 'node' } } },
    { name: 'Zed with context_servers', host: 'zed', servers: { a: { command: 'node' } } },
    { name: 'Gemini CLI mcp globals are not servers', host: 'gemini-cli', code: '{ "mcp": { "allowed": ["a"] }, "mcpServers": { "a": { "command": "node" } } }' },
    { name: 'an unrelated servers key is not a server map', host: 'claude-code', code: '{ "mcpServers": {}, "servers": ["a", "b"] }' },
    { name: 'Visual Studio .vs/mcp.json with servers', host: 'visual-studio', servers: { a: { command: 'dotnet' } } },
  ],
  invalid: [
    {
      name: 'mcpServers in .vscode/mcp.json',
      host: 'vscode',
      code: '{\n  "mcpServers": {\n    "a": { "command": "node" }\n  }\n}\n',
      errors: [{ message: 'VS Code reads servers from "servers", not "mcpServers"', text: '"mcpServers"', line: 2, severity: 'error', confidence: 'high' }],
      output: '{\n  "servers": {\n    "a": { "command": "node" }\n  }\n}\n',
    },
    {
      name: 'servers in Claude Desktop',
      host: 'claude-desktop',
      code: '{\r\n  "servers": { "a": { "command": "node" } }\r\n}\r\n',
      errors: [{ message: '"servers" is the key of VS Code and Visual Studio', text: '"servers"', line: 2 }],
      output: '{\r\n  "mcpServers": { "a": { "command": "node" } }\r\n}\r\n',
    },
    {
      name: 'servers in Cursor, empty map',
      host: 'cursor',
      code: '{ "servers": {} }',
      errors: [{ message: 'Cursor reads servers from "mcpServers"', text: '"servers"' }],
      output: '{ "mcpServers": {} }',
    },
    {
      name: 'both keys: the wrong one is ignored, no rename',
      host: 'claude-desktop',
      code: '{ "mcpServers": { "a": { "command": "node" } }, "servers": { "b": { "command": "node" } } }',
      errors: [{ message: 'Claude Desktop ignores "servers"', severity: 'warning', text: '"servers"' }],
    },
    {
      name: 'mcpServers in a Zed settings file',
      host: 'zed',
      code: '{\n  // theme etc.\n  "theme": "One Dark",\n  "mcpServers": { "a": { "command": "node" } }\n}\n',
      errors: [{ message: 'Zed reads servers from "context_servers"', text: '"mcpServers"', line: 4 }],
      output: '{\n  // theme etc.\n  "theme": "One Dark",\n  "context_servers": { "a": { "command": "node" } }\n}\n',
    },
    {
      name: 'VS Code mcp.servers in a Zed settings file',
      host: 'zed',
      code: '{ "mcp": { "servers": { "a": { "command": "node" } } } }',
      errors: [{ message: 'Zed does not read VS Code\'s "mcp": { "servers": ... }', text: '"mcp"' }],
    },
    {
      name: 'the settings.json form pasted into .vscode/mcp.json',
      host: 'vscode',
      code: '{\n  "mcp": {\n    "inputs": [],\n    "servers": { "a": { "command": "node" } }\n  }\n}\n',
      errors: [{ message: 'is the settings.json form; in this file VS Code reads "servers" at the top level', text: '"mcp"', line: 2 }],
      output: '{\n  "inputs": [],\n    "servers": { "a": { "command": "node" } }\n}\n',
    },
    {
      name: 'mcpServers under mcp in VS Code settings.json',
      host: 'vscode',
      path: '/repo/.vscode/settings.json',
      code: '{\n  "editor.tabSize": 2,\n  "mcp": {\n    "mcpServers": { "a": { "command": "node" } }\n  }\n}\n',
      errors: [{ message: 'reads servers from "servers"', text: '"mcpServers"', line: 4 }],
      output: '{\n  "editor.tabSize": 2,\n  "mcp": {\n    "servers": { "a": { "command": "node" } }\n  }\n}\n',
    },
    {
      name: '.mcp.json with servers is Visual Studio only',
      path: '/repo/.mcp.json',
      code: '{\n  "servers": { "a": { "command": "node" } }\n}\n',
      errors: [{ message: 'Claude Code and GitHub Copilot read "mcpServers"', severity: 'info', confidence: 'medium', text: '"servers"' }],
      output: '{\n  "mcpServers": { "a": { "command": "node" } }\n}\n',
    },
  ],
});
