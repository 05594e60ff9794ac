import { missingCommandOrUrl } from '../../server/src/engine/rules/missing-command-or-url';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(missingCommandOrUrl, {
  valid: [
    { name: 'stdio server', host: 'claude-desktop', servers: { a: { command: 'npx', args: ['-y', 'x@1.0.0'] } } },
    { name: 'remote server', host: 'vscode', servers: { a: { type: 'http', url: 'https://example.com/mcp' } } },
    { name: 'Windsurf serverUrl', host: 'windsurf', servers: { a: { serverUrl: 'https://example.com/mcp' } } },
    { name: 'Gemini httpUrl', host: 'gemini-cli', servers: { a: { httpUrl: 'https://example.com/mcp' } } },
    { name: 'null command next to a url', host: 'cursor', servers: { a: { url: 'https://example.com/mcp', command: null, args: [] } } },
    { name: 'Zed extension server', host: 'zed', servers: { a: { source: 'extension', settings: {} } } },
    { name: 'Zed legacy nested command', host: 'zed', servers: { a: { command: { path: 'node', args: ['x.js'], env: {} } } } },
  ],
  invalid: [
    {
      name: 'neither command nor url',
      host: 'claude-desktop',
      code: '{\n  "mcpServers": {\n    "github": { "args": ["x"] }\n  }\n}\n',
      errors: [{ message: 'server "github" has neither "command" nor "url"; Claude Desktop cannot start it', text: '"github"', line: 3, server: 'github', severity: 'error' }],
    },
    {
      name: 'Windsurf names its own URL keys',
      host: 'windsurf',
      servers: { a: { env: {} } },
      errors: [{ message: 'neither "command" nor "serverUrl" / "url"' }],
    },
    {
      name: 'server value is a string',
      host: 'cursor',
      code: '{ "mcpServers": { "a": "npx -y server" } }',
      errors: [{ message: 'must be an object with "command" or "url", but it is a string', text: '"npx -y server"' }],
    },
    {
      name: 'command is an array',
      host: 'vscode',
      servers: { a: { command: ['npx', 'x'] } },
      errors: [{ message: 'put the program in "command" and its arguments in "args"', server: 'a' }],
    },
    {
      name: 'empty command',
      host: 'claude-code',
      servers: { a: { command: ' ' } },
      errors: [{ message: '"command" of server "a" is empty', text: '" "' }],
    },
    {
      name: 'Zed nested command without path',
      host: 'zed',
      servers: { a: { command: { args: ['x'] } } },
      errors: [{ message: '"command" of server "a" must be a string' }],
    },
    {
      name: 'shape-detected file lowers confidence',
      path: '/somewhere/mcp.json',
      code: '{ "mcpServers": { "a": {} } }',
      errors: [{ confidence: 'medium', text: '"a"' }],
    },
  ],
});
