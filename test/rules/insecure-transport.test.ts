import { insecureTransport } from '../../server/src/engine/rules/insecure-transport';
import { runRuleTests } from '../helpers/rule-tester';

runRuleTests(insecureTransport, {
  valid: [
    { name: 'https', host: 'vscode', servers: { api: { type: 'http', url: 'https://mcp.example.com/mcp' } } },
    { name: 'http to localhost and 127.0.0.1', host: 'vscode', servers: { a: { type: 'http', url: 'http://localhost:3000/mcp' }, b: { type: 'sse', url: 'http://127.0.0.1:8080/sse' } } },
    { name: 'a host that comes from an input cannot be judged', host: 'vscode', servers: { ha: { type: 'http', url: 'http://${input:domain}/mcp' } } },
    { name: 'TLS checks left on', host: 'cursor', servers: { s: { command: 'node', args: ['/opt/s.js'], env: { NODE_TLS_REJECT_UNAUTHORIZED: '1' } } } },
    { name: 'binding to loopback', host: 'cursor', servers: { s: { command: 'node', args: ['/opt/s.js', '--host', '127.0.0.1'] } } },
    {
      name: 'values that only start like a switch or an address',
      host: 'cursor',
      servers: { s: { command: 'node', args: ['/opt/s.js'], env: { SSL_VERIFY: 'false-positive-guard', ALLOW_INSECURE: 'yes please', BIND_ADDRESS: '0.0.0.0.example' } } },
    },
  ],
  invalid: [
    {
      name: 'plain http to an internet host, fixed to https',
      host: 'vscode',
      code: '{ "servers": { "api": { "type": "http", "url": "http://mcp.example.com/mcp" } } }\n',
      errors: [{ server: 'api', severity: 'warning', confidence: 'high', text: 'http://mcp.example.com', message: 'talks to mcp.example.com over plain HTTP (url)' }],
      output: '{ "servers": { "api": { "type": "http", "url": "https://mcp.example.com/mcp" } } }\n',
    },
    {
      name: 'plain http carrying headers is an error',
      host: 'cursor',
      servers: { api: { url: 'http://mcp.example.com/mcp', headers: { Authorization: 'Bearer ${env:API_TOKEN}' } } },
      errors: [{ server: 'api', severity: 'error', message: 'can read the credentials it sends' }],
    },
    {
      name: 'URLs in arguments, public and private',
      host: 'claude-code',
      servers: {
        ext: { command: '/opt/kali/bin/python', args: ['/opt/kali/mcp_server.py', '--server', 'http://kali.example.net:5000/'] },
        int: { command: '/opt/kali/bin/python', args: ['/opt/kali/mcp_server.py', '--server', 'http://172.26.80.76:5000/'] },
      },
      errors: [
        { server: 'ext', confidence: 'high', text: 'http://kali.example.net:5000', message: '(argument)' },
        { server: 'int', confidence: 'medium', text: 'http://172.26.80.76:5000', message: 'even on a private network' },
      ],
    },
    {
      name: 'TLS verification turned off, removed by the fix',
      host: 'cursor',
      code: '{\n  "mcpServers": {\n    "s": {\n      "command": "node",\n      "env": {\n        "NODE_TLS_REJECT_UNAUTHORIZED": "0",\n        "LOG": "1"\n      }\n    }\n  }\n}\n',
      errors: [{ server: 's', severity: 'error', text: '"NODE_TLS_REJECT_UNAUTHORIZED"', message: 'turns off TLS certificate checks' }],
      output: '{\n  "mcpServers": {\n    "s": {\n      "command": "node",\n      "env": {\n        "LOG": "1"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'insecure flags and binding every interface',
      host: 'cursor',
      servers: { s: { command: 'npx', args: ['-y', 'some-gateway@1.0.0', '--insecure', '--host', '0.0.0.0'], env: { MCP_HOST: '0.0.0.0' } } },
      errors: [
        { server: 's', text: '"--insecure"', message: 'is started with --insecure' },
        { server: 's', text: '"0.0.0.0"', message: 'listens on every network interface (--host 0.0.0.0)' },
        { server: 's', text: '"MCP_HOST"', message: 'listens on every network interface (MCP_HOST=0.0.0.0)' },
      ],
    },
    {
      name: 'switches and addresses with padding, capitals and a five-digit port',
      host: 'cursor',
      servers: { s: { command: 'node', args: ['/opt/s.js'], env: { SSL_VERIFY: ' FALSE ', ALLOW_INSECURE: 'Yes', BIND_ADDRESS: ' 0.0.0.0:65535 ' } } },
      errors: [
        { server: 's', text: '"SSL_VERIFY"', message: 'SSL_VERIFY=' },
        { server: 's', text: '"ALLOW_INSECURE"', message: 'allows unverified or unencrypted connections' },
        { server: 's', text: '"BIND_ADDRESS"', message: 'listens on every network interface (BIND_ADDRESS=0.0.0.0:65535)' },
      ],
    },
  ],
});
