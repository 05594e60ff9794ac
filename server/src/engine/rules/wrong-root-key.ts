/**
 * Servers under another host's root key (`mcpServers` in `.vscode/mcp.json`, `servers` in Claude Desktop, VS Code's
 * `mcp.servers` in Zed) are silently ignored: the host starts none of them and says nothing.
 */
import type { LocatedEntry } from '../model/located';
import { fileNameOf } from '../hosts/path-rules';
import { propertiesOf } from '../parse/nodes';
import type { DocNode } from '../parse/document';
import type { Fix } from '../findings/fix';
import { defineRule, type RuleContext } from './rule';

/** Root keys that hold a server map in some host. */
const SERVER_MAP_KEYS = ['mcpServers', 'servers', 'context_servers', 'mcp_servers', 'mcp-servers'];
/** Hosts (by root key) that read each key, for the message. */
const READ_BY: Readonly<Record<string, string>> = {
  mcpServers: 'Claude, Cursor, Windsurf, Cline, Roo Code, Gemini CLI and most other hosts',
  servers: 'VS Code and Visual Studio',
  context_servers: 'Zed',
  mcp_servers: 'Codex (in TOML)',
};
const SERVER_FIELDS = ['command', 'url', 'serverUrl', 'httpUrl', 'args', 'type', 'source'];

export const wrongRootKey = defineRule({
  meta: {
    id: 'wrong-root-key',
    description: 'servers are declared under a key this host does not read',
    category: 'structure',
    defaultSeverity: 'error',
    // Renaming the key is unambiguous (it realises what the author wrote); moving or merging blocks is not.
    fixable: 'safe',
  },
  checkConfig(config, context) {
    const expected = context.host.serversKey;
    if (!expected || context.document.syntax !== 'json') return;
    const hasExpected = config.blocks.some((block) => block.key === expected && block.path.length === config.rootPath.length + 1);
    const confidence = config.detectedBy === 'shape' ? 'medium' : 'high';
    for (const entry of config.rootFields) {
      if (entry.key === expected) continue;
      if (SERVER_MAP_KEYS.includes(entry.key) && looksLikeServerMap(entry.value.node)) {
        reportWrongKey(entry, expected, hasExpected, confidence, context);
      } else if (entry.key === 'mcp' && context.host.id !== 'gemini-cli' && looksLikeServerMap(childValue(entry.value.node, 'servers'))) {
        const settingsForm = context.host.id === 'vscode'
          ? `"mcp": { "servers": ... } is the settings.json form; in this file VS Code reads "${expected}" at the top level`
          : `${context.host.displayName} does not read VS Code's "mcp": { "servers": ... }; it reads servers from "${expected}"`;
        const unwrap = !hasExpected && context.host.id === 'vscode' ? unwrapFix(entry, context) : undefined;
        context.report({
          message: `${settingsForm}${hasExpected ? '' : ', so none of these servers start'}`,
          span: entry.keySpan,
          path: entry.value.path,
          confidence,
          discriminator: entry.key,
          fixes: unwrap ? [unwrap] : [],
        });
      }
    }
    if (context.host.id === 'visual-studio' && fileNameOf(context.filePath).toLowerCase() === '.mcp.json' && hasExpected) {
      reportSharedMcpJson(config.blocks.find((block) => block.key === expected), context);
    }
  },
});

function reportWrongKey(entry: LocatedEntry, expected: string, hasExpected: boolean, confidence: 'high' | 'medium', context: RuleContext): void {
  const where = READ_BY[entry.key] ? ` ("${entry.key}" is the key of ${READ_BY[entry.key]})` : '';
  const fixes: Fix[] = hasExpected ? [] : [{
    title: `Rename "${entry.key}" to "${expected}"`,
    safe: true,
    edits: [{ offset: entry.keySpan.offset, length: entry.keySpan.length, content: JSON.stringify(expected) }],
  }];
  context.report({
    message: hasExpected
      ? `${context.host.displayName} ignores "${entry.key}"${where}; move these servers into "${expected}"`
      : `${context.host.displayName} reads servers from "${expected}", not "${entry.key}"${where}, so none of these servers start`,
    span: entry.keySpan,
    path: entry.value.path,
    severity: hasExpected ? 'warning' : 'error',
    confidence,
    discriminator: entry.key,
    fixes,
  });
}

/**
 * A `.mcp.json` with `servers` is Visual Studio's solution file, but Claude Code and GitHub Copilot read `.mcp.json`
 * too, with `mcpServers` only (Claude Code reports the file as invalid). Worth knowing, not an error.
 */
function reportSharedMcpJson(block: { keySpan?: { offset: number; length: number }; path: readonly (string | number)[] } | undefined, context: RuleContext): void {
  if (!block?.keySpan) return;
  context.report({
    message: 'only Visual Studio reads "servers" in .mcp.json; Claude Code and GitHub Copilot read "mcpServers" from this file and will not see these servers',
    span: block.keySpan,
    path: [...block.path],
    severity: 'info',
    confidence: 'medium',
    discriminator: 'shared-mcp-json',
    fixes: [{
      title: 'Rename "servers" to "mcpServers" (for Claude Code and Copilot)',
      safe: false,
      edits: [{ offset: block.keySpan.offset, length: block.keySpan.length, content: '"mcpServers"' }],
      note: 'Visual Studio documents "servers"; keep a copy under that key if Visual Studio must still read this file.',
    }],
  });
}

function childValue(node: DocNode | undefined, key: string): DocNode | undefined {
  return propertiesOf(node).filter((p) => p.key === key).pop()?.valueNode;
}

/** An empty object, or an object whose entries look like server definitions. */
function looksLikeServerMap(node: DocNode | undefined): boolean {
  if (node?.type !== 'object') return false;
  const entries = propertiesOf(node);
  return entries.length === 0 || entries.some((entry) => propertiesOf(entry.valueNode).some((field) => SERVER_FIELDS.includes(field.key)));
}

/** Replaces `"mcp": { ...inner }` by the inner properties, byte for byte. */
function unwrapFix(entry: LocatedEntry, context: RuleContext): Fix | undefined {
  const value = entry.value.node;
  if (value.type !== 'object' || (value.children?.length ?? 0) === 0) return undefined;
  const inner = context.document.text.slice(value.offset + 1, value.offset + value.length - 1).trim();
  return {
    title: 'Move the contents of "mcp" to the top level',
    safe: false,
    note: 'These servers will start from now on: review what they run first.',
    edits: [{ offset: entry.propertySpan.offset, length: entry.propertySpan.length, content: inner }],
  };
}
