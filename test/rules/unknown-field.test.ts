import { unknownField } from '../../server/src/engine/rules/unknown-field';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(unknownField, {
  valid: [
    { name: 'documented fields', host: 'vscode', servers: { a: { type: 'stdio', command: 'node', args: [], env: {}, envFile: '.env', cwd: '.' } } },
    { name: 'Cline autoApprove', host: 'cline', servers: { a: { command: 'node', autoApprove: [], disabled: false } } },
    { name: '$schema and comment-like keys', host: 'claude-desktop', servers: { a: { command: 'node', $schema: 'x', _note: 'mine', '//': 'comment', comment: 'not a typo of command' } } },
    { name: 'Zed tools switches', host: 'zed', servers: { a: { command: 'node', tools: { x: true } } } },
  ],
  invalid: [
    {
      name: 'comand -> command',
      host: 'claude-desktop',
      code: '{\n  "mcpServers": {\n    "a": { "comand": "node" }\n  }\n}\n',
      errors: [{ message: 'Claude Desktop does not know the field "comand" of server "a" and ignores it; did you mean "command"?', text: '"comand"', line: 3, confidence: 'high', severity: 'warning' }],
      output: '{\n  "mcpServers": {\n    "a": { "command": "node" }\n  }\n}\n',
    },
    {
      name: 'envs -> env',
      host: 'cursor',
      servers: { a: { command: 'node', envs: { A: '1' } } },
      errors: [{ message: 'did you mean "env"?', text: '"envs"' }],
    },
    {
      name: 'arg -> args',
      host: 'vscode',
      servers: { a: { command: 'node', arg: ['x'] } },
      errors: [{ message: 'did you mean "args"?', confidence: 'high' }],
    },
    {
      name: 'two edits is medium confidence',
      host: 'claude-code',
      servers: { a: { commnad2: 'node', url: 'https://x', type: 'http' } },
      errors: [{ message: 'did you mean "command"?', confidence: 'medium' }],
    },
    {
      name: 'another host\'s field is named',
      host: 'claude-code',
      servers: { a: { command: 'node', alwaysAllow: ['x'] } },
      errors: [{ message: '"alwaysAllow" is a field of Roo Code', confidence: 'medium' }],
    },
    {
      name: 'a host-specific hint: disabled in Claude Code',
      host: 'claude-code',
      servers: { a: { command: 'node', disabled: true } },
      errors: [{ message: 'list it in "disabledMcpjsonServers" of .claude/settings.json', confidence: 'medium', text: '"disabled"' }],
    },
    {
      name: 'serverUrl outside Windsurf',
      host: 'cursor',
      servers: { a: { serverUrl: 'https://example.com/mcp' } },
      errors: [{ message: '"serverUrl" is a field of Windsurf' }],
    },
    {
      name: 'no suggestion when the target already exists',
      host: 'claude-desktop',
      servers: { a: { command: 'node', comand: 'other' } },
      errors: [{ message: /ignores it$/, confidence: 'low' }],
    },
    {
      name: 'comment-like keys in the pedantic profile',
      host: 'claude-desktop',
      config: { profile: 'pedantic' },
      servers: { a: { command: 'node', _note: 'mine' } },
      errors: [{ message: 'comment-like key', severity: 'hint', confidence: 'low' }],
    },
  ],
});
