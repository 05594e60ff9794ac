/** The inventory as Markdown: a table and a card per server for each host session, and a Mermaid flowchart of the risky flows. */
import type { Role } from '../capabilities/combinations';
import type { Inventory, InventoryServer, InventorySession } from './inventory';

const RULE_TITLES: Readonly<Record<string, string>> = {
  'lethal-trifecta': 'Lethal trifecta',
  'exfiltration-pair': 'Exfiltration pair',
  'untrusted-content-with-sensitive-account': 'Untrusted content + sensitive account',
};

export function renderInventoryMarkdown(inventory: Inventory): string {
  const out: string[] = ['# MCP server inventory', ''];
  if (inventory.sessions.length === 0) {
    out.push('No MCP servers found.', '');
    return out.join('\n');
  }
  out.push(`Files: ${inventory.files.map((file) => `\`${file}\``).join(', ')}`, '');
  out.push('Each section is one host session: the files that host loads together, merged with its precedence. Secrets are listed by name only.', '');
  // Line by line, not push(...lines): a session of many servers has more lines than a call takes arguments.
  for (const session of inventory.sessions) for (const line of renderSession(session)) out.push(line);
  return out.join('\n');
}

function renderSession(session: InventorySession): string[] {
  const out: string[] = [`## ${escape(session.label)}`, ''];
  out.push('| Server | Scope | Source | Pinned | Capabilities | Secrets | Combinations |', '|---|---|---|---|---|---|---|');
  for (const server of session.servers) {
    const status = server.status === 'active' ? '' : ` (${server.status})`;
    out.push(`| ${cell(server.name)}${status} | ${cell(server.scope)} | ${cell(server.source.text)} | ${pinnedText(server)} | ${cell(capabilitySummary(server))} | ${cell(server.secrets.join(', ') || '-')} | ${cell(server.combinations.map((c) => RULE_TITLES[c.rule] ?? c.rule).filter(unique).join(', ') || '-')} |`);
  }
  out.push('');
  if (session.flows.length > 0) {
    out.push('### Risky flows', '');
    for (const line of renderFlowchart(session)) out.push(line);
    out.push('');
  }
  for (const server of session.servers) out.push(...renderServerCard(server, '###'), '');
  return out;
}

/** One server's card (also the hover text of its name in the editor). */
export function renderServerCard(server: InventoryServer, heading = '###'): string[] {
  const out: string[] = [`${heading} ${escape(server.name)}`, ''];
  out.push(`- **Where:** \`${server.file}\` line ${server.line}, ${server.scope} scope${server.status === 'active' ? '' : `, ${server.status}`}`);
  const known = server.known ? ` (known server \`${server.known.id}\` by ${server.known.publisher}${server.known.official ? ', official' : ''}, ${server.known.status})` : '';
  out.push(`- **Source:** ${server.source.kind} \`${server.source.text}\`${known}`);
  if (server.source.pinned !== undefined) out.push(`- **Pinned:** ${server.source.pinned ? 'yes' : 'no'}`);
  if (server.capabilitiesUnknown) {
    out.push('- **Capabilities:** unknown (not a known server and nothing in its config says what it does)');
  } else if (server.capabilities.length === 0) {
    out.push('- **Capabilities:** none of the risky ones');
  } else {
    out.push('- **Capabilities:**');
    for (const capability of server.capabilities) out.push(`  - ${capability.label} (${capability.confidence}): ${escape(capability.reason)}`);
  }
  if (server.notes.length > 0) out.push(`- **Notes:** ${server.notes.map(escape).join('; ')}`);
  if (server.secrets.length > 0) out.push(`- **Secrets (names only):** ${server.secrets.map((name) => `\`${name}\``).join(', ')}`);
  if (server.autoApproved.length > 0) out.push(`- **Runs without asking:** ${server.autoApproved.map((tool) => `\`${tool}\``).join(', ')}`);
  for (const combination of server.combinations) out.push(`- **${RULE_TITLES[combination.rule] ?? combination.rule}** (${combination.confidence}): ${escape(combination.sentence)}`);
  for (const finding of server.findings.slice(0, 12)) out.push(`- ${finding.severity} \`${finding.rule}\`: ${escape(finding.message)}`);
  return out;
}

const ROLE_GROUPS: readonly { role: Role; title: string }[] = [
  { role: 'untrusted', title: 'Untrusted sources' },
  { role: 'private', title: 'Private data' },
  { role: 'outbound', title: 'Outbound channels' },
  { role: 'sensitive', title: 'Sensitive accounts and shells' },
];

/** untrusted source -> model -> private data -> outbound channel (and model -> sensitive account). */
function renderFlowchart(session: InventorySession): string[] {
  const out = ['```mermaid', 'flowchart LR', '  model(("Model"))'];
  const ids = new Map<string, string>();
  for (const { role, title } of ROLE_GROUPS) {
    const members = session.flows.filter((flow) => flow.role === role);
    if (members.length === 0) continue;
    out.push(`  subgraph ${role}["${title}"]`);
    members.forEach((flow, index) => {
      const id = `${role}${index}`;
      ids.set(`${role}:${flow.server}`, id);
      out.push(`    ${id}["${mermaidText(flow.server)}"]`);
    });
    out.push('  end');
  }
  const of = (role: Role): string[] => [...ids.entries()].filter(([key]) => key.startsWith(`${role}:`)).map(([, id]) => id);
  for (const id of of('untrusted')) out.push(`  ${id} -->|instructions| model`);
  for (const id of of('private')) out.push(`  model -->|reads| ${id}`);
  const privateIds = of('private');
  for (const id of of('outbound')) {
    if (privateIds.length > 0) out.push(`  ${privateIds.length === 1 ? privateIds[0] : 'private'} -->|data out| ${id}`);
    else out.push(`  model -->|sends| ${id}`);
  }
  for (const id of of('sensitive')) out.push(`  model -.->|acts on| ${id}`);
  out.push('```');
  return out;
}

function pinnedText(server: InventoryServer): string {
  return server.source.pinned === undefined ? '-' : server.source.pinned ? 'yes' : '**no**';
}

function capabilitySummary(server: InventoryServer): string {
  if (server.capabilitiesUnknown) return 'unknown';
  return server.capabilities.map((capability) => capability.label).join(', ') || 'none';
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

function cell(text: string): string {
  return escape(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown-inert text: no HTML, no accidental emphasis from names. */
function escape(text: string): string {
  // Intraword underscores (SLACK_BOT_TOKEN) are not emphasis in CommonMark: left alone for readable raw text.
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/([*`[\]])/g, '\\$1');
}

function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/[<>]/g, '');
}
