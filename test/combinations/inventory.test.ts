/** The inventory prints for real fixtures and a multi-file setup in Markdown and JSON (golden files), and never shows a secret value. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES, buildInventory, inventoryServerAt, lint, lintFiles, renderInventoryJson, renderInventoryMarkdown, renderServerCard, type LintResult } from '../../server/src/engine/index';
import { HOME } from '../helpers/host-paths';
import { loadRealFixtures } from '../helpers/real-fixtures';

const GOLDEN_DIR = join(__dirname, '..', '..', '..', 'test', 'combinations', 'golden');
/** Goldens pin this area's output only: other areas' messages change on their own schedule. */
const OWN_RULES = ALL_RULES.filter((rule) => [
  'auto-approve', 'broad-filesystem-access', 'dangerous-env-override', 'exfiltration-pair', 'insecure-transport',
  'lethal-trifecta', 'shell-wrapper', 'untrusted-content-with-sensitive-account',
].includes(rule.meta.id));
const FIXTURES = ['013-claude-desktop-docker-brave-key-pr.json', '065-claude-code-kali-keys-http-args.json', '113-cline-autoapprove-web-notion-e2b.json', '074-gemini-trust-true-everywhere.json'];

function checkGolden(name: string, text: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  assert.ok(existsSync(path), `missing golden ${name}: run with UPDATE_GOLDEN=1 once and review it`);
  assert.equal(text, readFileSync(path, 'utf8'), `${name} changed: review the diff, then UPDATE_GOLDEN=1`);
}

/** Literal values of credential-named env vars and headers in the fixture (what must never be printed). */
function envValues(text: string): string[] {
  const values: string[] = [];
  const walk = (node: unknown, key: string, inSecretPlace: boolean): void => {
    if (typeof node === 'string') {
      if (inSecretPlace && /key|token|secret|pass|auth/i.test(key) && node.length >= 8 && !node.includes('$')) values.push(node);
      return;
    }
    if (node && typeof node === 'object') for (const [childKey, child] of Object.entries(node)) walk(child, childKey, inSecretPlace || childKey === 'env' || childKey === 'headers');
  };
  walk(JSON.parse(text.replace(/^\ufeff/, '')), '', false);
  return values;
}

describe('inventory', () => {
  for (const file of FIXTURES) {
    it(`prints ${file} in Markdown and JSON`, () => {
      const fixture = loadRealFixtures().find((f) => f.file === file);
      assert.ok(fixture, `fixture ${file}`);
      const result = lint({ text: fixture.text, path: fixture.path, hostOverride: fixture.host, homeDir: HOME }, { rules: OWN_RULES });
      const inventory = buildInventory([result]);
      assert.ok(inventory.sessions.length === 1 && inventory.sessions[0]!.servers.length > 0);
      const markdown = renderInventoryMarkdown(inventory);
      const json = renderInventoryJson(inventory);
      const secrets = envValues(fixture.text);
      if (file.startsWith('065') || file.startsWith('013')) assert.ok(secrets.length > 0, 'the fixture has literal credentials to check against');
      for (const secret of secrets) {
        assert.ok(!markdown.includes(secret) && !json.includes(secret), `a value from env/headers (${secret.slice(0, 4)}…) appears in the inventory`);
      }
      assert.deepEqual(JSON.parse(json), inventory, 'JSON round-trips');
      checkGolden(`inventory-${file.slice(0, 3)}.md`, markdown);
      checkGolden(`inventory-${file.slice(0, 3)}.json`, json);
    });
  }

  it('a user + project setup shows both scopes in one session, with the risky-flow diagram', () => {
    const results = lintFiles([
      { path: `${HOME}/.cursor/mcp.json`, homeDir: HOME, text: JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] } } }, null, 2) },
      { path: '/repo/.cursor/mcp.json', homeDir: HOME, text: JSON.stringify({ mcpServers: { filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] }, stripe: { command: 'npx', args: ['-y', '@stripe/mcp@0.2.4'], env: { STRIPE_SECRET_KEY: '${env:STRIPE_SECRET_KEY}' } } } }, null, 2) },
    ], { rules: OWN_RULES });
    const inventory = buildInventory(results, { displayPath: (path) => path.replace(HOME, '~') });
    const session = inventory.sessions[0]!;
    assert.equal(session.label, 'Cursor, project /repo');
    assert.deepEqual(session.servers.map((s) => [s.name, s.scope, s.file]), [['fetch', 'user', '~/.cursor/mcp.json'], ['filesystem', 'project', '/repo/.cursor/mcp.json'], ['stripe', 'project', '/repo/.cursor/mcp.json']]);
    const stripe = session.servers[2]!;
    assert.deepEqual(stripe.secrets, ['STRIPE_SECRET_KEY']);
    assert.equal(stripe.source.pinned, true);
    assert.ok(stripe.combinations.some((c) => c.rule === 'untrusted-content-with-sensitive-account'));
    const markdown = renderInventoryMarkdown(inventory);
    assert.match(markdown, /```mermaid\nflowchart LR/);
    assert.match(markdown, /untrusted0 -->\|instructions\| model/);
    assert.match(markdown, /model -.->\|acts on\| sensitive0/);
    checkGolden('inventory-user-project.md', markdown);
    checkGolden('inventory-user-project.json', renderInventoryJson(inventory));
    assert.equal(renderServerCard(stripe)[0], '### stripe');
  });

  it('lists the findings of every other rule on a server (pinning, advisories, secrets)', () => {
    const text = JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch'] } } }, null, 2);
    const inventory = buildInventory([lint({ path: '/repo/.cursor/mcp.json', text, homeDir: HOME })]);
    const fetch = inventory.sessions[0]?.servers[0];
    assert.equal(fetch?.source.pinned, false);
    assert.ok(fetch.findings.length > 0 && fetch.findings.every((f) => typeof f.rule === 'string' && f.message.length > 0), 'findings of the other rules are listed');
  });

  it('scrubs a literal secret from every printed string (command line, URL path)', () => {
    // Built at run time from pieces: no secret-looking literal is committed.
    const token = ['ghp', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('_');
    const text = JSON.stringify({ mcpServers: {
      local: { command: 'node', args: ['/opt/s.js', '--api-key', token] },
      remote: { url: `https://mcp.example.com/${token}/mcp` },
    } }, null, 2);
    const inventory = buildInventory([lint({ path: '/repo/.cursor/mcp.json', text, homeDir: HOME })]);
    const printed = renderInventoryMarkdown(inventory) + renderInventoryJson(inventory);
    assert.ok(!printed.includes(token), 'the token is printed in full');
    assert.match(printed, /ghp_…Q7r8/);
  });

  it('the card of one server (the editor hover) is that server\'s card in the whole inventory', () => {
    const sets: LintResult[][] = loadRealFixtures().map((fixture) => [lint({ text: fixture.text, path: fixture.path, hostOverride: fixture.host, homeDir: HOME })]);
    sets.push(lintFiles([
      { path: `${HOME}/.cursor/mcp.json`, homeDir: HOME, text: JSON.stringify({ mcpServers: { fetch: { command: 'uvx', args: ['mcp-server-fetch'] }, files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/'] } } }) },
      { path: '/repo/.cursor/mcp.json', homeDir: HOME, text: JSON.stringify({ mcpServers: { files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/repo'] }, slack: { command: 'npx', args: ['-y', 'slack-mcp-server'] } } }) },
    ]));
    let compared = 0;
    let notActive = 0;
    for (const results of sets) {
      const seen = new Set<string>();
      for (const session of buildInventory(results).sessions) {
        for (const server of session.servers) {
          const key = `${server.file}\u0000${server.name}`;
          // The hover shows the first session a server takes part in.
          if (seen.has(key)) continue;
          seen.add(key);
          assert.deepEqual(inventoryServerAt(results, server.file, server.name), server, `${server.file}: ${server.name}`);
          compared++;
          if (server.status !== 'active') notActive++;
        }
      }
    }
    assert.ok(compared > 150, `only ${compared} cards compared`);
    assert.ok(notActive > 0, 'no disabled or overridden server was compared');
    assert.equal(inventoryServerAt(sets[0] ?? [], '/nowhere/mcp.json', 'fetch'), undefined);
  });

  it('an empty set says so', () => {
    assert.match(renderInventoryMarkdown(buildInventory([])), /No MCP servers found/);
  });
});
