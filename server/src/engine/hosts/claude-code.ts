/** Claude Code: project `.mcp.json`, `~/.claude.json` (user + per-project local), managed files, consent settings (hosts.md §2). */
import type { DocNode } from '../parse/document';
import { keyNodeOf, propertiesOf, spanOfNode, valueOf } from '../parse/nodes';
import type { ConfigScope, ServerBlock } from '../model/mcp-config';
import { bracesReference } from './capabilities';
import { defineMcpHost } from './mcp-host';

/** Consent settings that live in `.claude/settings*.json` and `~/.claude.json`. */
export const CLAUDE_CODE_CONSENT_KEYS = ['enableAllProjectMcpServers', 'enabledMcpjsonServers', 'disabledMcpjsonServers', 'allowedMcpServers', 'deniedMcpServers'];

export const claudeCode = defineMcpHost({
  id: 'claude-code',
  displayName: 'Claude Code',
  docs: 'hosts.md §2; code.claude.com/docs/en/mcp',
  capabilities: {
    comments: false,
    trailingCommas: false,
    interpolation: 'braces',
    predefinedVariables: ['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA', 'CLAUDE_PROJECT_DIR'],
    secretInputs: false,
    envFile: false,
    autoApproveFields: [],
    envReference: bracesReference,
  },
  knownServerFields: ['type', 'command', 'args', 'env', 'url', 'headers', 'headersHelper', 'timeout', 'alwaysLoad', 'oauth', 'request_timeout_ms'],
  paths: [
    // `.mcp.json` is also the portable Copilot format; Visual Studio reads it too (with `servers`).
    { suffix: '.mcp.json', glob: '**/.mcp.json', scope: 'project', specificity: 5 },
    { suffix: '.claude.json', glob: '**/.claude.json', scope: 'user', specificity: 10 },
    { suffix: 'managed-mcp.json', glob: '**/managed-mcp.json', scope: 'managed', specificity: 10 },
    { suffix: '.claude/settings.json', glob: '**/.claude/settings.json', scope: 'project', specificity: 10, requiresMcpContent: true },
    { suffix: '.claude/settings.local.json', glob: '**/.claude/settings.local.json', scope: 'local', specificity: 10, requiresMcpContent: true },
  ],
  serversKey: 'mcpServers',
  settingsKeys: CLAUDE_CODE_CONSENT_KEYS,
  dialect: {
    urlKeys: [{ key: 'url' }],
    // "an entry with url but no type is read as stdio and fails" (hosts.md §2).
    urlWithoutType: 'stdio',
    typeKeys: ['type'],
    typeValues: { stdio: 'stdio', http: 'http', 'streamable-http': 'http', sse: 'sse', ws: 'ws' },
  },
  extraBlocks: (root) => projectBlocks(root),
});

/** `~/.claude.json` `projects["/abs/path"].mcpServers`: local-scope servers of each project. */
function projectBlocks(root: DocNode): { block: ServerBlock; scope: ConfigScope }[] {
  const blocks: { block: ServerBlock; scope: ConfigScope }[] = [];
  for (const project of propertiesOf(valueOf(root, 'projects'))) {
    const servers = valueOf(project.valueNode, 'mcpServers');
    if (servers?.type !== 'object') continue;
    const keyNode = keyNodeOf(project.valueNode, 'mcpServers');
    blocks.push({
      block: {
        path: ['projects', project.key, 'mcpServers'],
        key: 'mcpServers',
        node: servers,
        project: project.key,
        ...(keyNode ? { keySpan: spanOfNode(keyNode) } : {}),
      },
      scope: 'local',
    });
  }
  return blocks;
}
