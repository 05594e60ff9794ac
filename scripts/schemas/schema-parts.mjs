// The pieces of the JSON schemas MCP Warden ships for editor completion and hover: server fields with the facts from
// shared/reference/hosts.md (copies dated mid-2025 to 2026-08), the hosts that get a schema, and the policy file.
// Schemas describe and type-check; they never reject unknown keys in host files (the `unknown-field` rule says that
// with a better message) and never duplicate what a rule reports.

const stringMap = (description) => ({ type: 'object', additionalProperties: { type: 'string' }, markdownDescription: description });
const stringList = (description) => ({ type: 'array', items: { type: 'string' }, markdownDescription: description });

/** Field descriptions shared by hosts; a host entry in SCHEMA_HOSTS can override one (`fields`). */
export const SERVER_FIELDS = {
  type: { type: 'string', markdownDescription: 'Transport: `stdio` starts `command` as a local process; the remote types connect to `url`.' },
  // null: real configs keep `"command": null` next to a `url` (hosts ignore it)
  command: { type: ['string', 'null'], markdownDescription: 'The program to start (stdio). Pin the package it runs to an exact version: `npx -y pkg@1.2.3`, `uvx pkg==1.2.3`, an image digest.' },
  args: stringList('Arguments passed to `command`. Never put a token here: it shows up in process lists and logs.'),
  env: stringMap('Environment variables for the server process. Reference secrets instead of writing them here.'),
  envFile: { type: 'string', markdownDescription: 'A file of `NAME=value` lines loaded into the server environment (stdio). Keep it git-ignored.' },
  cwd: { type: 'string', markdownDescription: 'Working folder of the server process.' },
  url: { type: ['string', 'null'], markdownDescription: 'Endpoint of a remote server. Use `https://` unless it is on this machine.' },
  headers: stringMap('HTTP headers sent to the remote server. Reference tokens instead of writing them here.'),
  timeout: { type: 'number', markdownDescription: 'Timeout (the unit depends on the host).' },
  disabled: { type: 'boolean', markdownDescription: 'Turns the server off without deleting it.' },
  oauth: { type: 'object', markdownDescription: 'OAuth settings for a remote server.' },
  autoApprove: stringList('Tools that run **without asking you first**. Every tool listed here can act on your behalf unchecked.'),
  alwaysAllow: stringList('Tools that run **without asking you first** (`"*"` = every tool).'),
  disabledTools: stringList('Tools of this server the agent may not use.'),
  transportType: { type: 'string', markdownDescription: 'Legacy name of `type` (`"http"` means streamable HTTP).' },
  remoteConfigured: { type: 'boolean', markdownDescription: 'Set by the host for servers configured remotely.' },
  metadata: { type: 'object', markdownDescription: 'Host-managed information about the server.' },
  oauthScopes: stringList('OAuth scopes requested from a remote server.'),
  headersHelper: { type: 'string', markdownDescription: 'A shell command that prints a JSON object of headers; run on each connection.' },
  alwaysLoad: { type: 'boolean', markdownDescription: 'Load the server\'s tools at startup instead of on demand.' },
  request_timeout_ms: { type: 'number', markdownDescription: 'Request timeout in milliseconds.' },
  serverUrl: { type: 'string', markdownDescription: 'Endpoint of a remote server (older name of `url`).' },
  auth: { type: 'object', markdownDescription: 'Static OAuth client (`CLIENT_ID`, `CLIENT_SECRET`, `scopes`). Reference the secret with `${env:NAME}`.' },
  watchPaths: stringList('Files whose change restarts the server.'),
};

const typeWith = (values, note) => ({ type: 'string', examples: values, markdownDescription: `Transport: ${values.map((v) => `\`${v}\``).join(', ')}. ${note}` });

/** One schema per host file VS Code does not know; `host` is the engine host id whose `knownServerFields` it lists. */
export const SCHEMA_HOSTS = [
  {
    host: 'claude-desktop', file: 'claude-desktop.schema.json', title: 'Claude Desktop MCP configuration',
    fileMatch: ['**/claude_desktop_config.json'],
    note: 'Claude Desktop expands no variables: a `${VAR}` reaches the server literally.',
    fields: { type: typeWith(['stdio'], 'Documented servers are local processes; remote servers are added as connectors in the app.') },
  },
  {
    host: 'claude-code', file: 'mcp-json.schema.json', title: 'Claude Code project MCP servers (.mcp.json)',
    fileMatch: ['**/.mcp.json'],
    note: 'Claude Code expands `${VAR}` and `${VAR:-default}` in command, args, env, url and headers.',
    fields: {
      type: typeWith(['stdio', 'http', 'sse', 'ws'], 'Default `stdio`; an entry with `url` needs `"type": "http"`.'),
      timeout: { type: 'number', markdownDescription: 'Per tool call, in milliseconds (values under 1000 are ignored).' },
    },
  },
  {
    host: 'cursor', file: 'cursor.schema.json', title: 'Cursor MCP configuration',
    fileMatch: ['**/.cursor/mcp.json'],
    note: 'Cursor expands `${env:NAME}`, `${userHome}`, `${workspaceFolder}`, `${workspaceFolderBasename}` and `${pathSeparator}`.',
    fields: { type: typeWith(['stdio', 'sse', 'http'], '') },
  },
  {
    host: 'windsurf', file: 'windsurf.schema.json', title: 'Windsurf MCP configuration',
    fileMatch: ['**/.codeium/windsurf/mcp_config.json', '**/.codeium/windsurf-next/mcp_config.json'],
    note: 'Windsurf expands `${env:NAME}` and `${file:/path}` in command, args, env, serverUrl, url and headers.',
  },
  {
    host: 'cline', file: 'cline.schema.json', title: 'Cline MCP settings',
    fileMatch: ['**/cline_mcp_settings.json'],
    note: 'Current Cline versions expand `${env:NAME}` in every string. Strict JSON: no comments.',
    fields: {
      type: typeWith(['stdio', 'sse', 'streamableHttp'], 'An entry with `url` and no `type` is SSE.'),
      timeout: { type: 'number', markdownDescription: 'Request timeout in seconds.' },
    },
  },
  {
    host: 'roo-code', file: 'roo-code.schema.json', title: 'Roo Code MCP settings',
    fileMatch: ['**/.roo/mcp.json', '**/rooveterinaryinc.roo-cline/settings/mcp_settings.json'],
    note: 'Roo Code expands `${env:NAME}` and `${workspaceFolder}`. Strict JSON: no comments.',
    fields: {
      type: typeWith(['stdio', 'sse', 'streamable-http'], ''),
      timeout: { type: 'number', minimum: 1, maximum: 3600, markdownDescription: 'Request timeout in seconds (1–3600, default 60).' },
    },
  },
  {
    host: 'amazon-q', file: 'amazon-q.schema.json', title: 'Amazon Q Developer MCP configuration',
    fileMatch: ['**/.amazonq/mcp.json', '**/.aws/amazonq/mcp.json', '**/.amazonq/default.json', '**/.aws/amazonq/default.json',
      '**/.amazonq/cli-agents/*.json', '**/.aws/amazonq/cli-agents/*.json'],
    note: 'Amazon Q expands `${env:NAME}` in env and headers.',
    fields: {
      type: typeWith(['stdio', 'http'], 'Default `stdio`.'),
      timeout: { type: 'number', markdownDescription: 'Request timeout in milliseconds (default 120000).' },
    },
    topLevel: {
      useLegacyMcpJson: { type: 'boolean', markdownDescription: 'Agent files: also load the servers of the legacy `mcp.json` files.' },
      allowedTools: stringList('Agent files: tools (`@server` or `@server/tool`) that run **without asking you first**.'),
      tools: stringList('Agent files: tools available to the agent.'),
    },
  },
];

export function hostSchema(spec, knownServerFields) {
  const properties = {};
  for (const field of knownServerFields) properties[field] = spec.fields?.[field] ?? SERVER_FIELDS[field];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/mcp-warden/mcp-warden/blob/main/schemas/${spec.file}`,
    title: spec.title,
    description: `${spec.title}. Written for MCP Warden from the host's documentation; unknown keys are allowed here and reported by MCP Warden's unknown-field rule.`,
    type: 'object',
    properties: {
      mcpServers: {
        type: 'object',
        markdownDescription: `MCP servers by name. ${spec.note}`,
        additionalProperties: { $ref: '#/definitions/server' },
      },
      ...(spec.topLevel ?? {}),
    },
    definitions: {
      server: { type: 'object', markdownDescription: 'One MCP server: a `command` to start (stdio) or a `url` to connect to.', properties },
    },
  };
}

export const RULE_SETTING_VALUES = ['default', 'off', 'error', 'warning', 'info', 'hint'];

const ruleValue = (meta) => ({
  type: 'string',
  enum: RULE_SETTING_VALUES,
  markdownDescription: `${meta.description} (default: \`${meta.defaultSeverity}\`). [Documentation](https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/${meta.id}.md)`,
});

/** The properties of `rules` in the setting and in the policy file: one per registered rule id. */
export function ruleSettingSchema(rules) {
  return Object.fromEntries(rules.map((meta) => [meta.id, ruleValue(meta)]));
}

export function policySchema(rules) {
  const ids = rules.map((meta) => meta.id);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/mcp-warden/mcp-warden/blob/main/schemas/mcp-warden.schema.json',
    title: 'MCP Warden project policy (.mcp-warden.json)',
    description: 'Rule severities, ignores with reasons, and reviewed package versions for the MCP configs in this folder and below. Ignored in untrusted workspaces.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        markdownDescription: 'Severity per rule id: `default`, `off`, `error`, `warning`, `info` or `hint`.',
        additionalProperties: false,
        properties: ruleSettingSchema(rules),
      },
      minConfidence: { type: 'string', enum: ['high', 'medium', 'low'], default: 'low', markdownDescription: 'Hide findings below this confidence.' },
      profile: { type: 'string', enum: ['default', 'pedantic'], default: 'default', markdownDescription: '`pedantic` adds the rules that are off by default.' },
      ignores: {
        type: 'array',
        markdownDescription: 'Findings to ignore, each with a reason. Ignored findings still appear in SARIF, marked as suppressed.',
        items: {
          type: 'object',
          required: ['rule', 'file', 'reason'],
          additionalProperties: false,
          properties: {
            rule: { type: 'string', enum: ids, markdownDescription: 'The rule id.' },
            file: { type: 'string', minLength: 1, markdownDescription: 'Glob of the config files, relative to this file\'s folder (`.vscode/mcp.json`, `**/.mcp.json`).' },
            server: { type: 'string', markdownDescription: 'Only this server (its name in the config).' },
            reason: { type: 'string', minLength: 1, pattern: '\\S', markdownDescription: 'Why this is acceptable. Required.' },
          },
        },
      },
      reviewed: {
        type: 'object',
        markdownDescription: 'Package versions your team has reviewed, keyed `npm:<name>`, `pypi:<name>` or `oci:<image>`. Quick-fixes pin to the newest reviewed version.',
        propertyNames: { pattern: '^(npm|pypi|oci):.+$' },
        additionalProperties: {
          type: 'array',
          items: {
            type: 'object',
            required: ['version'],
            properties: {
              version: { type: 'string', minLength: 1 },
              date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', markdownDescription: 'Review date, `YYYY-MM-DD`.' },
              by: { type: 'string' },
              note: { type: 'string' },
            },
          },
        },
      },
      ruleOptions: {
        type: 'object',
        markdownDescription: 'Rule-specific options, by rule id (see each rule\'s documentation page).',
        propertyNames: { enum: ids },
        additionalProperties: { type: 'object' },
      },
    },
  };
}

/**
 * Host files that do not activate the extension by themselves: settings files that are MCP configs only when they hold
 * MCP keys (nearly every workspace has a .vscode/settings.json), and user or system folders that are never a
 * workspace's. Opening any of them still activates it (onLanguage:json/jsonc).
 */
export const NOT_ACTIVATING = ['**/.vscode/settings.json', '**/User/**/settings.json', '**/*.code-workspace', '**/{devcontainer.json,.devcontainer.json}',
  '**/devcontainer-feature.json', '**/.claude/settings.json', '**/.claude/settings.local.json', '**/zed/settings.json', '**/User/**/mcp.json',
  '**/gemini-cli/*.json'];
/** Activated by name besides the engine's hosts: the policy file, and Codex until its host registers. */
export const EXTRA_ACTIVATION = ['**/.codex/config.toml', '**/.mcp-warden.json'];

/** `workspaceContains:` for every host file name (engine order), then the JSON languages. */
export function activationEvents(hosts) {
  const patterns = [...new Set([...hosts.flatMap((host) => host.filePatterns), ...EXTRA_ACTIVATION])].filter((pattern) => !NOT_ACTIVATING.includes(pattern));
  return [...patterns.map((pattern) => `workspaceContains:${pattern}`), 'onLanguage:json', 'onLanguage:jsonc'];
}
