/** The capability model: known servers (by package, image, URL, proxy target, Smithery), evidence from names, refinement by arguments, unknown stays unknown. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capabilitiesOf, lint, type ServerCapabilities } from '../../server/src/engine/index';
import { HOME, configFor, pathFor } from '../helpers/host-paths';
import { TOPICS, topicsIn, wordsOf } from '../../server/src/engine/capabilities/keyword-evidence';
import { KNOWN_SERVERS } from '../../server/src/engine/data/known-servers';

function capsOf(host: string, server: Record<string, unknown>): ServerCapabilities {
  const result = lint({ text: configFor(host, { s: server }), path: pathFor(host), homeDir: HOME });
  const entry = result.config?.servers[0];
  assert.ok(entry, 'server parsed');
  return capabilitiesOf(entry);
}

function summary(caps: ServerCapabilities): Record<string, string> {
  return Object.fromEntries([...caps.capabilities.values()].map((e) => [e.capability, `${e.confidence}: ${e.reason}`]));
}

describe('capabilities', () => {
  it('known npm package, with its version stripped', () => {
    const caps = capsOf('cursor', { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/repo'] });
    assert.equal(caps.knownId, 'mcp-filesystem');
    assert.deepEqual(summary(caps), {
      reads_private_data: 'high: known server @modelcontextprotocol/server-filesystem',
      writes: 'high: known server @modelcontextprotocol/server-filesystem',
    });
  });

  it('known PyPI package with PEP 503 name normalisation', () => {
    const caps = capsOf('cursor', { command: 'uvx', args: ['AWSLABS_aws-documentation.mcp-server==1.1.0'] });
    assert.equal(caps.knownId, 'awslabs-aws-documentation');
  });

  it('known image through docker run, and through an alias', () => {
    assert.equal(capsOf('claude-desktop', { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server:v0.13.0'] }).knownId, 'github-mcp-server');
    assert.equal(capsOf('claude-desktop', { command: 'docker', args: ['run', '-i', '--rm', 'mcp/fetch'] }).knownId, 'mcp-fetch');
  });

  it('hosted server by URL prefix, ignoring the query string', () => {
    const caps = capsOf('vscode', { type: 'http', url: 'https://mcp.notion.com/mcp?x=1' });
    assert.equal(caps.knownId, 'notion-remote');
    assert.equal(caps.identity, 'remote:https://mcp.notion.com/mcp');
  });

  it('a proxy has the capabilities of its target', () => {
    const caps = capsOf('claude-desktop', { command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://mcp.stripe.com'] });
    assert.equal(caps.knownId, 'stripe');
    assert.match(summary(caps).sensitive_account ?? '', /^high: proxied remote server stripe/);
  });

  it('a proxy to an unknown URL is judged by the URL words, or stays unknown', () => {
    const caps = capsOf('claude-desktop', { command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://mcp.example.com/gmail/sse'] });
    assert.match(summary(caps).reads_untrusted_content ?? '', /^medium: proxied URL https:\/\/mcp.example.com\/gmail\/sse mentions "gmail"/);
    assert.equal(capsOf('claude-desktop', { command: 'npx', args: ['-y', 'mcp-remote@0.1.29'] }).unknown, true);
  });

  it('@smithery/cli run <name> is the named server', () => {
    const caps = capsOf('claude-desktop', { command: 'npx', args: ['-y', '@smithery/cli@latest', 'run', '@alxspiker/Windows-Command-Line-MCP-Server'] });
    assert.match(summary(caps).executes_code ?? '', /^medium: Smithery server .* mentions "command"/);
  });

  it('evidence from env var names is low confidence; model provider keys are not evidence', () => {
    const caps = capsOf('cursor', { command: 'node', args: ['/opt/bridge/index.js'], env: { GITHUB_TOKEN: '${env:GITHUB_TOKEN}', AZURE_OPENAI_API_KEY: '${env:K}' } });
    assert.match(summary(caps).reads_private_data ?? '', /^low: env var GITHUB_TOKEN mentions "github"/);
    assert.equal(caps.capabilities.has('sensitive_account'), false);
  });

  it('an unknown server stays unknown', () => {
    const caps = capsOf('cursor', { command: 'node', args: ['/opt/thing/index.js'] });
    assert.equal(caps.unknown, true);
    assert.equal(caps.capabilities.size, 0);
  });

  it('a read-only flag removes writes; a known harmless server is not unknown', () => {
    const caps = capsOf('cursor', { command: 'docker', args: ['run', '-i', '--rm', '-e', 'GITHUB_READ_ONLY=1', 'ghcr.io/github/github-mcp-server:v0.13.0', '--read-only'] });
    assert.equal(caps.capabilities.has('writes'), false);
    assert.match(caps.notes.join(), /read-only mode \(--read-only\)/);
    const time = capsOf('cursor', { command: 'uvx', args: ['mcp-server-time==2025.8.4'] });
    assert.equal(time.unknown, false);
    assert.equal(time.capabilities.size, 0);
  });

  it('a filesystem root at / or a home folder is named in the reason', () => {
    const caps = capsOf('cursor', { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/'] });
    assert.equal(summary(caps).reads_private_data, 'high: reads files in the whole disk (/)');
  });

  it('"memory bank" is not a bank; chrome devtools is a browser, next-devtools is not', () => {
    assert.equal(capsOf('cursor', { command: 'npx', args: ['-y', 'memory-bank-mcp@0.1.0'] }).capabilities.has('sensitive_account'), false);
    assert.equal(capsOf('cursor', { command: 'npx', args: ['-y', 'next-devtools-mcp@0.1.0'] }).capabilities.has('reads_untrusted_content'), false);
  });
});

describe('capabilities: topic words', () => {
  it('the one-pass pre-check never hides a topic: topicsIn agrees with every topic pattern tried one by one', () => {
    const reference = (name: string, forEnvName: boolean): string[] => {
      const words = ` ${wordsOf(name)} `;
      const joined = ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
      return TOPICS.filter((topic) => (!forEnvName || topic.inEnvNames) && (topic.pattern.test(words) || topic.pattern.test(joined))).map((topic) => topic.id);
    };
    const names = new Set<string>(['memory bank', 'MemoryBank', 'chrome-devtools-mcp', 'next-devtools-mcp', 'BrowserTools', 'server-12x3', 'SLACK_BOT_TOKEN', 'AZURE_OPENAI_API_KEY', 'runCode', 'office365', 'e mail', '']);
    for (const server of KNOWN_SERVERS) {
      for (const name of [server.id, server.package, ...server.aliases, ...server.env_vars]) names.add(name);
    }
    let withTopics = 0;
    for (const name of names) {
      for (const forEnvName of [false, true]) {
        const expected = reference(name, forEnvName);
        if (expected.length > 0) withTopics++;
        assert.deepEqual(topicsIn(name, forEnvName).map((topic) => topic.id), expected, `${name} (${forEnvName ? 'env name' : 'name'})`);
      }
    }
    assert.ok(withTopics > 100, `only ${withTopics} names had topics: the comparison proves little`);
  });
});
