/**
 * Hosts ignore server fields they do not know, so a typo (`comand`, `envs`, `arg`) or another host's field
 * (`serverUrl` outside Windsurf, `alwaysAllow` outside Roo) silently drops that setting.
 */
import type { LocatedEntry } from '../model/located';
import { ALL_HOSTS } from '../hosts/all-hosts';
import { closestMatch } from '../text/edit-distance';
import { defineRule, type RuleContext } from './rule';

/** Common wrong names that edit distance alone does not find. */
const SYNONYMS: Readonly<Record<string, string>> = {
  arguments: 'args', argv: 'args', environment: 'env', envs: 'env', env_vars: 'env', environmentVariables: 'env',
  endpoint: 'url', uri: 'url', transport: 'type', transportType: 'type', workingDirectory: 'cwd', working_directory: 'cwd', cmd: 'command',
};

/** What to do instead, for fields users commonly carry over to a host that has another mechanism. */
const HOST_HINTS: Readonly<Record<string, string>> = {
  'claude-code:disabled': 'to turn a project server off, list it in "disabledMcpjsonServers" of .claude/settings.json',
  'claude-code:cwd': 'Claude Code documents no working-directory field; use an absolute path or a wrapper script',
  'claude-desktop:disabled': 'Claude Desktop has no switch in this file; remove the server or move it aside',
  'claude-desktop:cwd': 'Claude Desktop starts servers without a working directory of your choice; use absolute paths',
  'cline:alwaysAllow': 'Cline\'s field for auto-approved tools is "autoApprove"',
  'roo-code:autoApprove': 'Roo Code\'s field for auto-approved tools is "alwaysAllow"',
  'vscode:disabled': 'VS Code keeps the enabled state outside mcp.json (MCP: List Servers)',
};

/** Keys people use to annotate JSON; hosts ignore them harmlessly (reported only in the pedantic profile). */
const COMMENT_KEYS = new Set(['$schema', '$comment', 'comment', 'comments', 'note', 'notes', 'description', 'remark', 'remarks']);

export const unknownField = defineRule({
  meta: {
    id: 'unknown-field',
    description: 'a server field the host does not document, and so ignores',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    const known = context.host.knownServerFields;
    if (server.node.type !== 'object' || known.length === 0) return;
    const pedantic = context.engineConfig.profile === 'pedantic';
    for (const field of server.fields) {
      if (known.includes(field.key)) continue;
      const commentLike = COMMENT_KEYS.has(field.key.toLowerCase()) || field.key.startsWith('_') || field.key.startsWith('//') || field.key.startsWith('#');
      if (commentLike && !pedantic) continue;
      reportField(field, server.name, server.fields, commentLike, context);
    }
  },
});

function reportField(field: LocatedEntry, serverName: string, siblings: readonly LocatedEntry[], commentLike: boolean, context: RuleContext): void {
  const { host } = context;
  const known = host.knownServerFields;
  if (commentLike) {
    context.report({
      message: `"${field.key}" in server "${serverName}" is not a ${host.displayName} field (a comment-like key is ignored)`,
      span: field.keySpan, path: field.value.path, server: serverName, severity: 'hint', confidence: 'low', discriminator: field.key,
    });
    return;
  }
  const synonym = SYNONYMS[field.key];
  const near = synonym && known.includes(synonym) ? { value: synonym, distance: 1 } : closestMatch(field.key, known);
  const elsewhere = ALL_HOSTS.filter((other) => other.id !== host.id && other.knownServerFields.includes(field.key)).map((other) => other.displayName);
  const suggestion = near && !siblings.some((s) => s.key === near.value) ? near.value : undefined;
  const parts = [`${host.displayName} does not know the field "${field.key}" of server "${serverName}" and ignores it`];
  const hint = HOST_HINTS[`${host.id}:${field.key}`];
  if (suggestion) parts.push(`did you mean "${suggestion}"?`);
  else if (hint) parts.push(hint);
  else if (elsewhere.length > 0) parts.push(`"${field.key}" is a field of ${listOf(elsewhere)}`);
  context.report({
    message: parts.join('; '),
    span: field.keySpan,
    path: field.value.path,
    server: serverName,
    confidence: suggestion ? (near && near.distance <= 1 ? 'high' : 'medium') : hint || elsewhere.length > 0 ? 'medium' : 'low',
    discriminator: field.key,
    fixes: suggestion && context.document.syntax === 'json'
      ? [{ title: `Rename "${field.key}" to "${suggestion}"`, safe: false, edits: [{ offset: field.keySpan.offset, length: field.keySpan.length, content: JSON.stringify(suggestion) }] }]
      : [],
  });
}

function listOf(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return shown.join(', ') + more;
}
