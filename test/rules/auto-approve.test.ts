import { autoApprove } from '../../server/src/engine/rules/auto-approve';
import { runRuleTests } from '../helpers/rule-tester';

const fetch = { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] };
const time = { command: 'uvx', args: ['mcp-server-time==2025.8.4'] };
const supabase = { command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.5'] };
const agentFile = (allowed: string[]): string => JSON.stringify({
  name: 'dev',
  mcpServers: { github: { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server:v0.13.0'] }, fetch },
  allowedTools: allowed,
}, null, 2) + '\n';

runRuleTests(autoApprove, {
  valid: [
    { name: 'an empty autoApprove list (Cline)', host: 'cline', servers: { fetch: { ...fetch, autoApprove: [] } } },
    { name: 'Gemini trust: false', host: 'gemini-cli', servers: { fetch: { ...fetch, trust: false } } },
    { name: 'Claude Code project settings without blanket approval', host: 'claude-code', path: '/repo/.claude/settings.json', code: '{ "enableAllProjectMcpServers": false }\n' },
    { name: 'Zed with confirmations on', host: 'zed', code: '{ "agent": { "always_allow_tool_actions": false }, "context_servers": {} }\n' },
    { name: 'Claude Code permissions for non-MCP tools', host: 'claude-code', path: '/repo/.claude/settings.json', code: '{ "enabledMcpjsonServers": [], "permissions": { "allow": ["Bash(npm test)"] } }\n' },
    { name: 'Amazon Q native tools are not MCP tools', host: 'amazon-q', path: '/repo/.amazonq/cli-agents/dev.json', code: agentFile(['fs_read']) },
  ],
  invalid: [
    {
      name: 'a wildcard approves every tool (Roo Code)',
      host: 'roo-code',
      code: '{\n  "mcpServers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"], "alwaysAllow": ["*"] }\n  }\n}\n',
      errors: [{ server: 'fetch', severity: 'error', confidence: 'high', text: '"*"', message: 'approves every tool' }],
      output: '{\n  "mcpServers": {\n    "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"], "alwaysAllow": [] }\n  }\n}\n',
    },
    {
      name: 'acting tools of a database server (Roo Code)',
      host: 'roo-code',
      servers: { supabase: { ...supabase, alwaysAllow: ['list_tables', 'execute_sql'] } },
      errors: [{ server: 'supabase', severity: 'warning', text: '"alwaysAllow"', message: 'runs list_tables, execute_sql without asking you' }],
    },
    {
      name: 'read-only tools of a harmless server are info (Cline)',
      host: 'cline',
      servers: { time: { ...time, autoApprove: ['get_current_time'] } },
      errors: [{ server: 'time', severity: 'info', text: '"autoApprove"', message: 'look read-only' }],
    },
    {
      name: 'an acting tool name is a warning even on an unknown server (Cline)',
      host: 'cline',
      servers: { helper: { command: 'node', args: ['/opt/s/index.js'], autoApprove: ['run_code', 'status'] } },
      errors: [{ server: 'helper', severity: 'warning', message: 'runs run_code without asking you' }, { server: 'helper', severity: 'info', message: 'runs status without asking you' }],
    },
    {
      name: "Roo Code's alwaysAllow in a Cline file is still reported, with medium confidence",
      host: 'cline',
      servers: { fetch: { ...fetch, alwaysAllow: ['fetch'] } },
      errors: [{ server: 'fetch', confidence: 'medium', message: '"alwaysAllow" is how Roo Code and older Cline spell it' }],
    },
    {
      name: 'Gemini trust: true',
      host: 'gemini-cli',
      servers: { fetch: { ...fetch, trust: true } },
      errors: [{ server: 'fetch', severity: 'error', text: '"trust"', message: '"trust": true makes Gemini CLI run every tool of "fetch" without asking' }],
    },
    {
      name: 'Claude Code enableAllProjectMcpServers committed in project settings',
      host: 'claude-code',
      path: '/repo/.claude/settings.json',
      code: '{\n  "enableAllProjectMcpServers": true\n}\n',
      errors: [{ severity: 'error', text: '"enableAllProjectMcpServers"', message: 'including servers a pull request adds later; committed here' }],
      output: '{}\n',
    },
    {
      name: 'Claude Code enableAllProjectMcpServers in local settings is a warning',
      host: 'claude-code',
      path: '/repo/.claude/settings.local.json',
      code: '{ "enableAllProjectMcpServers": true, "enabledMcpjsonServers": ["github"] }\n',
      errors: [{ severity: 'warning', message: 'enableAllProjectMcpServers starts every server' }, { severity: 'info', text: '"enabledMcpjsonServers"', message: 'github from .mcp.json start without the approval prompt' }],
    },
    {
      name: 'Copilot coding agent tools ["*"] is a warning (that agent never asks)',
      host: 'copilot-agent',
      servers: { fetch: { ...fetch, tools: ['*'] } },
      errors: [{ server: 'fetch', severity: 'warning', text: '"*"', message: 'lets the Copilot coding agent call every tool' }],
    },
    {
      name: 'Zed always_allow_tool_actions',
      host: 'zed',
      code: '{\n  "agent": {\n    "always_allow_tool_actions": true\n  },\n  "context_servers": {}\n}\n',
      errors: [{ severity: 'error', text: '"always_allow_tool_actions"', message: 'agent.always_allow_tool_actions: true runs every tool call' }],
    },
    {
      name: 'Claude Code permissions.allow for a whole MCP server and for one tool',
      host: 'claude-code',
      path: '/repo/.claude/settings.json',
      code: '{\n  "enabledMcpjsonServers": [],\n  "permissions": {\n    "allow": ["mcp__github", "Bash(npm test)", "mcp__fetch__fetch", "mcp__db__execute_sql"],\n    "defaultMode": "bypassPermissions"\n  }\n}\n',
      errors: [
        { server: 'github', severity: 'error', text: '"mcp__github"', message: 'runs every tool of the MCP server "github"' },
        { server: 'fetch', severity: 'info', text: '"mcp__fetch__fetch"', message: 'runs fetch of "fetch" without asking' },
        { server: 'db', severity: 'warning', message: 'the tool acts rather than reads' },
        { severity: 'error', text: '"defaultMode"', message: 'skips every permission prompt' },
      ],
    },
    {
      name: 'Amazon Q agent allowedTools: a whole server and a single tool',
      host: 'amazon-q',
      path: '/repo/.amazonq/cli-agents/dev.json',
      code: agentFile(['@github', 'fs_read', '@fetch/fetch']),
      errors: [
        { server: 'github', severity: 'error', text: '"@github"', message: 'runs every tool of "github" without asking' },
        { server: 'fetch', severity: 'warning', text: '"@fetch/fetch"', message: 'runs fetch of "fetch" without asking' },
      ],
    },
  ],
});
