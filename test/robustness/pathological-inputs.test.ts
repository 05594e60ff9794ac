/**
 * Inputs built to break parsers and rules rather than found at random: long runs that make regular expressions
 * backtrack, command lines of many words, lists longer than a call takes arguments, nesting deeper than the stack.
 * Each shape was found by `npm run fuzz` (the seed is named) and is kept here at a size that fails fast without its fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/index';
import { parseDocument } from '../../server/src/engine/parse/parse-document';
import type { ServerEntry } from '../../server/src/engine/model/server-entry';
import { assignVariableNames } from '../../server/src/engine/secrets/env-names';
import type { SecretHit } from '../../server/src/engine/secrets/find-secrets';
import { growthRatio, lintInLinearTime } from './linear-time';

describe('pathological inputs', () => {
  it('long runs of range operators in package versions stay linear (semver\'s range parser does not)', () => {
    // Found by seed 9191: `npx @azure/mcp@late====…st` took 2.3 s for 21 KB in semver.validRange.
    const launches: Record<string, (version: string) => Record<string, unknown>> = {
      npx: (version) => ({ command: 'npx', args: ['-y', `@azure/mcp@${version}`] }),
      deno: (version) => ({ command: 'deno', args: ['run', `npm:pkg@${version}`] }),
      uvx: (version) => ({ command: 'uvx', args: [`pkg==${version}`] }),
      docker: (version) => ({ command: 'docker', args: ['run', '-i', `image:${version}`] }),
    };
    for (const [launcher, launch] of Object.entries(launches)) {
      for (const run of ['=', ' =', 'v', '=v', ' 1', '1.', '||', '>=1 ']) {
        const version = run.repeat(Math.ceil(40_000 / run.length));
        const text = JSON.stringify({ servers: { s: launch(version) } });
        lintInLinearTime({ text, path: '/work/.vscode/mcp.json' }, `${launcher} with ${JSON.stringify(run)} × ${version.length / run.length}`);
      }
    }
  });
  it('command lines of many words stay linear (each word\'s source offset once walked the string from its start)', () => {
    const words = ' -'.repeat(30_000);
    const configs = [
      { path: '/work/.cursor/mcp.json', text: JSON.stringify({ mcpServers: { s: { command: `npx \\"a\\"${words}` } } }) },
      { path: '/home/dev/.config/goose/config.yaml', text: `extensions:\n  s:\n    type: stdio\n    cmd: "npx \\"a\\"${words}"\n` },
      { path: '/home/dev/.config/goose/config.yaml', text: `extensions:\n  s:\n    type: stdio\n    cmd: |\n      npx${words}\n` },
      { path: '/home/dev/.codex/config.toml', text: `[mcp_servers.s]\ncommand = "npx \\"a\\"${words}"\n` },
    ];
    for (const { path, text } of configs) {
      const result = lintInLinearTime({ text, path, homeDir: '/home/dev' }, path);
      assert.ok(result.isMcpConfig, `${path} was not read as an MCP config`);
    }
  });
  it('long lists stay linear: args, env, headers, servers, inputs and auto-approve lists of 60,000 items (headers and Claude Code projects: 150,000)', () => {
    // Found by seed 4242: a broken file whose error recovery made an `alwaysAllow` list of 27,000 items took 4.9 s.
    const count = 60_000;
    const digits = Array.from({ length: count }, (_, i) => i % 10);
    const words = Array.from({ length: count }, (_, i) => `tool_${i % 7}`);
    const flags = Array.from({ length: count }, (_, i) => (i % 2 ? '--flag' : 'value'));
    const entries = Object.fromEntries(Array.from({ length: count }, (_, i) => [`KEY_${i}`, 'value']));
    const npx = { command: 'npx', args: ['-y', 'pkg@1.0.0'] };
    const cases: [string, unknown][] = [
      ['/work/.roo/mcp.json', { mcpServers: { s: { ...npx, alwaysAllow: digits } } }],
      ['/work/.roo/mcp.json', { mcpServers: { s: { ...npx, alwaysAllow: words } } }],
      ['/work/.cursor/mcp.json', { mcpServers: { s: { command: 'npx', args: ['-y', 'pkg@1.0.0', ...flags] } } }],
      ['/work/.cursor/mcp.json', { mcpServers: { s: { ...npx, env: entries } } }],
      ['/work/.vscode/mcp.json', { servers: { s: { type: 'http', url: 'https://mcp.example.com/mcp', headers: entries } } }],
      ['/work/.cursor/mcp.json', { mcpServers: Object.fromEntries(Array.from({ length: count / 10 }, (_, i) => [`s${i}`, npx])) }],
      ['/work/.vscode/mcp.json', { inputs: Array.from({ length: count / 3 }, (_, i) => ({ id: `in${i}`, type: 'promptString' })), servers: { s: npx } }],
      // More entries than a call takes arguments: `push(...entries)` threw here (a Continue JSON import, 150,000 headers).
      ['/work/.continue/mcpServers/many.json', { mcpServers: { s: { type: 'streamable-http', url: 'https://mcp.example.com/mcp', headers: Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`H${i}`, 'v'])) } } }],
      // Claude Code's user file with a block per project: `push(...blocks)` threw for 150,000 projects.
      ['/home/dev/.claude.json', { projects: Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`/p/${i}`, { mcpServers: { [`s${i}`]: npx } }])) }],
    ];
    for (const [path, config] of cases) {
      const text = JSON.stringify(config);
      const result = lintInLinearTime({ text, path, homeDir: '/home/dev' }, `${path} (${text.slice(0, 60)}…)`);
      assert.ok(result.isMcpConfig, `${path} was not read as an MCP config`);
    }
  });
  it('TOML and YAML files of many servers parse in linear time (each key was once compared with every earlier one)', () => {
    // The large size may cost at most 96 times the CPU of 2,000 servers: linear gives 15-51 for TOML's 16 times (a
    // large tree no longer fits the CPU's caches) and about 26 for YAML's 24 times; the TOML tables' look-up by scan
    // gave 246, the YAML parser's duplicate-key check 237.
    const shapes: [string, 'toml' | 'yaml', number, (count: number) => string][] = [
      ['TOML tables', 'toml', 32_000, (count) => Array.from({ length: count }, (_, i) => `[mcp_servers.s${i}]\ncommand = "npx"\n`).join('')],
      ['YAML map', 'yaml', 48_000, (count) => `extensions:\n${Array.from({ length: count }, (_, i) => `  s${i}: 1\n`).join('')}`],
    ];
    for (const [label, syntax, large, servers] of shapes) {
      const ratio = growthRatio((count) => assert.ok(parseDocument(servers(count), syntax).root, `${label}: not parsed`), 2_000, large);
      assert.ok(ratio < 96, `${label}: ${large} servers took ${ratio.toFixed(0)} times as long as 2,000`);
    }
    const result = lintInLinearTime({ text: shapes[0]![3](20_000), path: '/home/dev/.codex/config.toml', homeDir: '/home/dev' }, '20,000 TOML tables');
    assert.equal(result.config?.servers.length, 20_000);
  });
  it('many findings with fixes in one file stay linear (each fix once made an editor, which scans the whole text)', () => {
    // A filesystem server given "/" 64,000 times: one finding and one fix per root. For 16 times the roots, linear
    // gives 11-34 here, the editor made per fix 118 (CPU time; 187 in wall time).
    const config = (roots: number): string => JSON.stringify({ mcpServers: { s: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', ...Array<string>(roots).fill('/')] } } });
    const ratio = growthRatio((roots) => {
      const result = lint({ text: config(roots), path: '/work/.cursor/mcp.json' });
      assert.equal(result.findings.filter((finding) => finding.ruleId === 'broad-filesystem-access' && finding.fixes.length > 0).length, roots);
    }, 4_000, 64_000);
    assert.ok(ratio < 96, `64,000 roots took ${ratio.toFixed(0)} times as long as 4,000`);
  });
  it('thousands of secrets that share a variable name get their numbered names in linear time', () => {
    // `docker run -e K=<token>` many times: every fix names its variable GITHUB_PERSONAL_ACCESS_TOKEN_<n>, and the
    // numbers were once tried from 2 up for each secret (4,000 secrets: 2.4 s; 40,000: 276 s). The naming alone is
    // timed here (a whole lint of that many findings is mostly the collector, whose growth would blur the ratio).
    const server = { name: 's' } as unknown as ServerEntry;
    const hits = (count: number): SecretHit[] => Array.from({ length: count }, (_, i) => ({ place: 'env', name: 'API_KEY', server, secret: `value-${i}` }) as unknown as SecretHit);
    const ratio = growthRatio((count) => {
      const names = assignVariableNames(hits(count), '');
      assert.equal(new Set(names.values()).size, count, 'every secret gets a name of its own');
    }, 1_000, 16_000);
    // Linear naming gives 22-43 here (its maps outgrow the caches), the numbering by trial 297.
    assert.ok(ratio < 96, `16,000 secrets took ${ratio.toFixed(0)} times as long as 1,000 to name`);
    const args = ['run', '-i', '--rm'];
    for (let i = 0; i < 40_000; i++) args.push('-e', `K${i}=${['gh', 'p_'].join('')}${String(i).padStart(36, '0')}`);
    const text = JSON.stringify({ mcpServers: { s: { command: 'docker', args: [...args, 'ghcr.io/github/github-mcp-server:1.0.0'] } } });
    const result = lintInLinearTime({ text, path: '/work/.cursor/mcp.json' }, '40,000 docker -e secrets');
    assert.equal(result.findings.filter((finding) => finding.ruleId === 'secret-in-args').length, 40_000);
  });
  it('a duplicate key in a YAML map of 30,000 keys is still reported, in linear time', () => {
    const text = `extensions:\n${Array.from({ length: 30_000 }, (_, i) => `  s${i % 29_999}: {cmd: npx}\n`).join('')}`;
    const result = lintInLinearTime({ text, path: '/home/dev/.config/goose/config.yaml', homeDir: '/home/dev' }, 'a duplicate among 30,000 YAML keys');
    const duplicates = result.findings.filter((finding) => finding.ruleId === 'syntax-error' && /map keys must be unique/.test(finding.message));
    assert.equal(duplicates.length, 1);
    assert.equal(duplicates[0]?.span.offset, text.lastIndexOf('  s0:') + 2);
  });
  it('nesting too deep to analyse is reported in every syntax, never thrown', () => {
    // Found by seed 777: a TOML dotted key of 20,000 parts nested the tree that deep, and a recursive walk overflowed.
    for (const depth of [1_990, 2_500, 20_000]) {
      const configs: [string, string][] = [
        ['/work/.cursor/mcp.json', `{"mcpServers":{"s":{"command":"npx","env":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}}`],
        ['/home/dev/.codex/config.toml', `[mcp_servers.s]\ncommand = "npx"\nx${'.a'.repeat(depth)} = 1\n`],
        ['/home/dev/.codex/config.toml', `[mcp_servers.s${'.a'.repeat(depth)}]\ncommand = "npx"\n`],
        ['/home/dev/.codex/config.toml', `[mcp_servers.s]\ncommand = "npx"\nargs = ${'['.repeat(depth)}${']'.repeat(depth)}\n`],
        ['/home/dev/.codex/config.toml', `[mcp_servers.s]\ncommand = "npx"\nenv = ${'{a='.repeat(depth)}1${'}'.repeat(depth)}\n`],
        ['/home/dev/.config/goose/config.yaml', `extensions:\n  s:\n    type: stdio\n    cmd: npx\n    envs: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`],
        // Found by seed 99: block sequences nested on one line (`- - - x`) made the YAML parser throw.
        ['/home/dev/.config/goose/config.yaml', `extensions:\n  s:\n    type: stdio\n    cmd: npx\n    args:\n      ${'- '.repeat(depth)}x\n`],
      ];
      for (const [path, text] of configs) {
        let result;
        try {
          result = lint({ text, path, homeDir: '/home/dev' });
        } catch (error) {
          assert.fail(`nesting ${depth} in ${path} threw: ${(error as Error).message}`);
        }
        assert.deepEqual(result.engineErrors, [], `nesting ${depth} in ${path}: a rule failed`);
        const reported = result.findings.some((finding) => finding.ruleId === 'syntax-error' && /nesting (deeper than|too deep)/.test(finding.message));
        if (depth > 2_000) assert.ok(reported, `nesting ${depth} in ${path} was not reported: ${result.findings.map((finding) => finding.message).join(' | ')}`);
      }
    }
  });
});
