import { invalidTransport } from '../../server/src/engine/rules/invalid-transport';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(invalidTransport, {
  valid: [
    { name: 'Claude Code http', host: 'claude-code', servers: { a: { type: 'http', url: 'https://example.com/mcp' } } },
    { name: 'Claude Code ws', host: 'claude-code', servers: { a: { type: 'ws', url: 'wss://example.com/mcp' } } },
    { name: 'VS Code url without type is http', host: 'vscode', servers: { a: { url: 'https://example.com/mcp' } } },
    { name: 'Cline streamableHttp', host: 'cline', servers: { a: { type: 'streamableHttp', url: 'https://example.com/mcp' } } },
    { name: 'Roo stdio only', host: 'roo-code', servers: { a: { command: 'node', args: ['x'], env: { A: '1' } } } },
    { name: 'stdio with command', host: 'cursor', servers: { a: { type: 'stdio', command: 'node' } } },
  ],
  invalid: [
    {
      name: 'unknown type lists accepted values',
      host: 'vscode',
      servers: { a: { type: 'websocket', url: 'https://example.com/mcp' } },
      errors: [{ message: 'VS Code does not know the transport type "websocket" of server "a"; it accepts "stdio", "http"', text: '"websocket"', severity: 'error' }],
    },
    {
      name: 'near-miss type gets a did-you-mean and a fix',
      host: 'claude-code',
      code: '{ "mcpServers": { "a": { "type": "htpp", "url": "https://example.com/mcp" } } }',
      errors: [{ message: 'did you mean "http"?', text: '"htpp"' }],
      output: '{ "mcpServers": { "a": { "type": "http", "url": "https://example.com/mcp" } } }',
    },
    {
      name: 'Amazon Q has no streamable-http spelling',
      host: 'amazon-q',
      servers: { a: { type: 'streamable-http', url: 'https://example.com/mcp' } },
      errors: [{ message: 'did you mean "http"?' }],
    },
    {
      name: 'Claude Code url without type is started as stdio',
      host: 'claude-code',
      code: '{\n  "mcpServers": {\n    "remote": {\n      "url": "https://example.com/mcp"\n    }\n  }\n}\n',
      errors: [{ message: 'add "type": "http"', text: '"url"', line: 4, server: 'remote' }],
      output: '{\n  "mcpServers": {\n    "remote": {\n      "url": "https://example.com/mcp",\n      "type": "http"\n    }\n  }\n}\n',
    },
    {
      name: 'Claude Code sse url gets type sse',
      host: 'claude-code',
      code: '{ "mcpServers": { "r": { "url": "https://example.com/sse" } } }',
      errors: [{ message: 'add "type": "sse"' }],
    },
    {
      name: 'command together with url',
      host: 'cursor',
      servers: { a: { command: 'node', url: 'https://example.com/mcp' } },
      errors: [{ message: 'sets both "command" and "url"', severity: 'warning', text: '"url"' }],
    },
    {
      name: 'Roo rejects mixed fields',
      host: 'roo-code',
      servers: { a: { type: 'streamable-http', url: 'https://example.com/mcp', env: { A: '1' } } },
      errors: [{ message: 'Roo Code rejects server "a": it mixes stdio fields (env) with remote fields (url)', text: '"env"' }],
    },
    {
      name: 'stdio type without a command',
      host: 'vscode',
      servers: { a: { type: 'stdio', url: 'https://example.com/mcp' } },
      errors: [{ message: 'has "type": "stdio" but no "command"', text: '"stdio"' }],
    },
    {
      name: 'http type without a url',
      host: 'vscode',
      servers: { a: { type: 'http', command: 'node' } },
      errors: [{ message: 'has "type": "http" but no URL', text: '"http"' }],
    },
  ],
});
