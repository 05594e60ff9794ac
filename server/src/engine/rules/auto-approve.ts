/**
 * Tools that run without the user's consent: `autoApprove` / `alwaysAllow` lists, Gemini `trust: true`, Claude Code
 * `enableAllProjectMcpServers` / `enabledMcpjsonServers`, Amazon Q agent `allowedTools`. A wildcard is an error; tools
 * of servers that write, run code or send data out are a warning; the rest is worth knowing (info).
 */
import { capabilitiesOf } from '../capabilities/server-capabilities';
import { CAPABILITY_LABELS } from '../capabilities/capability';
import type { Located } from '../model/located';
import type { McpConfig } from '../model/mcp-config';
import type { ServerEntry } from '../model/server-entry';
import type { DocNode, JSONPath } from '../parse/document';
import { nodeAt, spanOfNode, stringItems } from '../parse/nodes';
import type { Severity } from '../findings/finding';
import { withLazyEdits, type TextEdit } from '../findings/fix';
import { defineRule, type RuleContext } from './rule';
import { addToGroup } from '../add-to-group';

/** Tool names that act rather than read: worth a confirmation whatever the server. */
const ACTING_TOOL = /(^|[_\-.])(run|exec|execute|eval|evaluate|shell|command|write|edit|create|update|delete|remove|drop|apply|migrate|post|put|patch|send|push|publish|deploy|merge|transfer|pay|charge|install|kill|upload|commit)($|[_\-.])|^(run|exec|execute|eval|write|delete|send|post|push|deploy)/i;
const LIST_KEYS = ['autoApprove', 'alwaysAllow'];

type Tier = 'wildcard' | 'acting' | 'reading';

export const autoApprove = defineRule({
  meta: {
    id: 'auto-approve',
    description: 'tools are approved to run without asking the user',
    category: 'consent',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    checkList(server, context);
    checkTrust(server, context);
  },
  checkConfig(config, context) {
    checkClaudeCodeSettings(config, context);
    checkAllowedTools(config, context);
    checkBlanketSettings(context);
    checkClaudeCodePermissions(context);
  },
});

function checkList(server: ServerEntry, context: RuleContext): void {
  const hostFields = context.host.capabilities.autoApproveFields;
  let field = server.autoApprove?.field;
  let items = server.autoApprove?.items ?? [];
  let foreign = false;
  // Cline and Roo share files and habits: the other one's key is often left in place (older Cline read `alwaysAllow` too).
  if (!server.autoApprove && hostFields.length > 0) {
    const other = server.fields.find((entry) => LIST_KEYS.includes(entry.key) && entry.value.node.type === 'array');
    if (other) {
      field = other.key;
      items = stringItems(other.value.node, other.value.path);
      foreign = true;
    }
  }
  if (!field || items.length === 0) return;
  const caps = capabilitiesOf(server);
  const risky = (['writes', 'executes_code', 'external_communication'] as const).filter((capability) => caps.capabilities.has(capability));
  const tiers = new Map<Tier, Located<string>[]>();
  for (const item of items) {
    const tier: Tier = /^\*$|\*$/.test(item.value.trim()) ? 'wildcard' : ACTING_TOOL.test(item.value) || risky.length > 0 ? 'acting' : 'reading';
    addToGroup(tiers, tier, item);
  }
  const listPath = [...server.path, field];
  const note = foreign ? ` ("${field}" is how ${field === 'alwaysAllow' ? 'Roo Code and older Cline' : 'Cline'} spell it; ${context.host.displayName} may still honour it)` : '';
  const report = (tier: Tier, severity: Severity, message: string): void => {
    const chosen = tiers.get(tier) ?? [];
    const first = chosen[0];
    if (!first) return;
    // A set, not `includes`: a broken file's error recovery can turn one list into tens of thousands of items.
    const dropped = new Set(chosen);
    const keep = items.filter((item) => !dropped.has(item)).map((item) => item.value);
    context.report({
      message: message + note,
      span: tier === 'wildcard' ? first.span : spanOfList(server, field as string) ?? first.span,
      path: listPath,
      severity,
      confidence: foreign ? 'medium' : 'high',
      server: server.name,
      discriminator: tier,
      fixes: [withLazyEdits({
        title: tier === 'wildcard' ? 'Remove the wildcard' : `Ask before ${names(chosen)}`,
        safe: false,
      }, () => context.document.editor().setValue(listPath, keep))],
    });
  };
  const reasons = risky.map((capability) => CAPABILITY_LABELS[capability]).join(', ');
  if (field === 'tools') {
    // Copilot's coding agent never asks: `tools` is the list of tools it may call at all.
    report('wildcard', 'warning', `"${server.name}" lets the Copilot coding agent call every tool (${names(tiers.get('wildcard') ?? [])}), and that agent never asks before a call. List only the tools the agent needs.`);
  } else {
    report('wildcard', 'error', `"${server.name}" approves every tool (${names(tiers.get('wildcard') ?? [])}) without asking: any instruction the model picks up can use all of them. List only tools that merely read, or none.`);
  }
  report('acting', 'warning', `"${server.name}" runs ${names(tiers.get('acting') ?? [])} without asking you${reasons ? `, and the server ${reasons} (${firstReason(server, risky)})` : ', and these tools act rather than read'}: an injected instruction executes with no confirmation. Remove them from "${field}".`);
  report('reading', 'info', `"${server.name}" runs ${names(tiers.get('reading') ?? [])} without asking you; they look read-only, but their results reach the model unchecked. Keep this list short.`);
}

function checkTrust(server: ServerEntry, context: RuleContext): void {
  const trust = server.trust;
  if (trust?.value !== true) return;
  context.report({
    message: `"trust": true makes ${context.host.displayName} run every tool of "${server.name}" without asking: any instruction the model picks up can use all of them. Remove it and approve tools as they run.`,
    span: trust.keySpan ?? trust.span,
    path: trust.path,
    severity: 'error',
    confidence: 'high',
    server: server.name,
    discriminator: 'trust',
    fixes: [withLazyEdits({ title: 'Remove "trust": true', safe: false }, () => context.document.editor().remove(trust.path))],
  });
}

function checkClaudeCodeSettings(config: McpConfig, context: RuleContext): void {
  for (const entry of config.settings) {
    if (entry.key === 'enableAllProjectMcpServers' && entry.value.value === true) {
      const shared = config.scope === 'project';
      context.report({
        message: `enableAllProjectMcpServers starts every server in the project's .mcp.json without asking, including servers a pull request adds later${shared ? '; committed here, it approves them for everyone who opens the project' : ''}. List the servers you trust in enabledMcpjsonServers instead.`,
        span: entry.keySpan,
        path: entry.value.path,
        severity: shared ? 'error' : 'warning',
        confidence: 'high',
        discriminator: entry.key,
        fixes: [withLazyEdits({ title: 'Remove enableAllProjectMcpServers', safe: false }, () => context.document.editor().remove(entry.value.path))],
      });
    }
    if (entry.key === 'enabledMcpjsonServers' && entry.value.node.type === 'array') {
      const items = stringItems(entry.value.node, entry.value.path);
      if (items.length === 0) continue;
      context.report({
        message: `${names(items)} from .mcp.json start without the approval prompt: a change to their entry in .mcp.json (another command, another package) is not shown to you again. Keep this list to servers you reviewed, with pinned versions.`,
        span: entry.keySpan,
        path: entry.value.path,
        severity: 'info',
        confidence: 'high',
        discriminator: entry.key,
      });
    }
  }
}

/** Amazon Q agent files: `allowedTools` entries `@server` / `@server/tool` / `*` run without prompting. */
function checkAllowedTools(config: McpConfig, context: RuleContext): void {
  const entry = config.settings.find((setting) => setting.key === 'allowedTools' && setting.value.node.type === 'array');
  if (!entry) return;
  const allowed = stringItems(entry.value.node, entry.value.path);
  for (const item of allowed) {
    const value = item.value.trim();
    if (!value.startsWith('@') && value !== '*') continue;
    const [serverPart, tool] = value === '*' ? ['*', undefined] : value.slice(1).split('/', 2);
    const whole = value === '*' || tool === undefined || tool === '*';
    const server = config.servers.find((s) => s.name === serverPart);
    const acting = server ? ['writes', 'executes_code', 'external_communication'].some((c) => capabilitiesOf(server).capabilities.has(c as 'writes')) : true;
    context.report({
      message: whole
        ? `allowedTools "${value}" runs every tool of ${value === '*' ? 'every server' : `"${serverPart}"`} without asking. List single read-only tools instead.`
        : `allowedTools "${value}" runs ${tool} of "${serverPart}" without asking${acting ? ', and that server can act (write, run code or send data)' : ''}.`,
      span: item.span,
      path: entry.value.path,
      severity: whole ? 'error' : acting ? 'warning' : 'info',
      confidence: 'high',
      ...(serverPart && serverPart !== '*' ? { server: serverPart } : {}),
      discriminator: `allowedTools:${value}`,
      fixes: [withLazyEdits({ title: `Remove "${value}" from allowedTools`, safe: false }, () => withoutItem(context, item))],
    });
  }
}

/** Host settings that approve every tool call at once (in the same files as the MCP servers). */
const BLANKET_SETTINGS: readonly { host: string; path: JSONPath; value: unknown; what: string }[] = [
  { host: 'zed', path: ['agent', 'always_allow_tool_actions'], value: true, what: 'runs every tool call of the agent, MCP tools included, without asking' },
  { host: 'zed', path: ['agent', 'tool_permissions', 'default'], value: 'allow', what: 'allows every tool that has no rule of its own without asking' },
  { host: 'vscode', path: ['chat.tools.autoApprove'], value: true, what: 'approves every tool call in Copilot chat, MCP tools included' },
  { host: 'vscode', path: ['chat.tools.global.autoApprove'], value: true, what: 'approves every tool call in Copilot chat, MCP tools included' },
  { host: 'claude-code', path: ['permissions', 'defaultMode'], value: 'bypassPermissions', what: 'skips every permission prompt, MCP tools included' },
  { host: 'codex', path: ['approval_policy'], value: 'never', what: 'never asks before a command or an MCP tool call runs' },
];

function checkBlanketSettings(context: RuleContext): void {
  for (const setting of BLANKET_SETTINGS) {
    if (setting.host !== context.host.id) continue;
    const node = nodeAt(context.document.root, setting.path);
    if (!node || node.value !== setting.value || (node.type !== 'boolean' && node.type !== 'string')) continue;
    context.report({
      message: `${setting.path.join('.')}: ${JSON.stringify(setting.value)} ${setting.what}: any instruction the model picks up runs with no confirmation. Remove it and approve tools one by one.`,
      span: keySpanOf(node),
      path: setting.path,
      severity: 'error',
      confidence: 'high',
      discriminator: setting.path.join('.'),
      fixes: [withLazyEdits({ title: `Remove ${setting.path.join('.')}`, safe: false }, () => context.document.editor().remove(setting.path))],
    });
  }
}

/** Claude Code `permissions.allow`: `mcp__server` / `mcp__server__*` approve a whole server, `mcp__server__tool` one tool. */
function checkClaudeCodePermissions(context: RuleContext): void {
  if (context.host.id !== 'claude-code') return;
  const list = nodeAt(context.document.root, ['permissions', 'allow']);
  if (list?.type !== 'array') return;
  const allowed = stringItems(list, ['permissions', 'allow']);
  for (const item of allowed) {
    const match = /^mcp__([^_]+(?:_[^_]+)*?)(?:__(.+))?$/.exec(item.value.trim());
    if (!match) continue;
    const [, server, tool] = match;
    const whole = tool === undefined || tool === '*';
    const acting = tool !== undefined && ACTING_TOOL.test(tool);
    context.report({
      message: whole
        ? `permissions.allow "${item.value}" runs every tool of the MCP server "${server}" without asking. Allow single read-only tools instead.`
        : `permissions.allow "${item.value}" runs ${tool} of "${server}" without asking${acting ? ', and the tool acts rather than reads' : ''}.`,
      span: item.span,
      path: ['permissions', 'allow'],
      severity: whole ? 'error' : acting ? 'warning' : 'info',
      confidence: 'high',
      ...(server ? { server } : {}),
      discriminator: `permissions:${item.value}`,
      fixes: [withLazyEdits({ title: `Remove "${item.value}" from permissions.allow`, safe: false }, () => withoutItem(context, item))],
    });
  }
}

/** `item` removed from its list, alone: fixes of different items of one list do not overlap (fix-all takes them together). */
function withoutItem(context: RuleContext, item: Located<string>): TextEdit[] {
  return context.document.editor().remove(item.path);
}

function keySpanOf(node: DocNode): { offset: number; length: number } {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return spanOfNode(key ?? node);
}

function spanOfList(server: ServerEntry, field: string): { offset: number; length: number } | undefined {
  return server.fields.find((entry) => entry.key === field)?.keySpan;
}

function names(items: readonly Located<string>[]): string {
  const shown = items.slice(0, 4).map((item) => item.value).join(', ');
  return items.length > 4 ? `${shown} and ${items.length - 4} more` : shown;
}

function firstReason(server: ServerEntry, risky: readonly string[]): string {
  const first = risky[0];
  return first ? capabilitiesOf(server).capabilities.get(first as 'writes')?.reason ?? '' : '';
}
