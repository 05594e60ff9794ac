/** The CLI on a project with Codex, Continue and Goose files: discovery, positions in TOML/YAML, and `fix --unsafe` with the env file. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { literalSecret } from '../../server/src/engine/rules/literal-secret';
import { cli, tempDir, writeTree } from '../cli/cli-harness';

const TOKEN = ['gh', 'p_', 'Zq8Xw3Rt6Yp1Lk9Mn4Bv7Cx2Df5Gh0Js3Kt8W'].join('');
const CODEX = `# servers\n[mcp_servers.gh]\ncommand = "node"\nargs = ["gh.js"]\nenv = { GITHUB_PERSONAL_ACCESS_TOKEN = "${TOKEN}" }\n`;
const CONTINUE = 'name: Team\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: memory\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-memory"]\n';
const GOOSE = 'extensions:\n  fetch:\n    type: stdio\n    cmd: uvx\n    args: [mcp-server-fetch]\n';

describe('cli: TOML and YAML hosts', () => {
  let dir = '';
  let cleanup = (): void => undefined;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeTree(dir, {
      'proj/.codex/config.toml': CODEX,
      'proj/.continue/mcpServers/team.yaml': CONTINUE,
      'home/.config/goose/config.yaml': GOOSE,
    });
  });
  afterEach(() => cleanup());

  it('finds the project files and the user Goose file, with line:column positions in each', async () => {
    const run = await cli(['check', 'proj', '--no-color'], { cwd: dir, rules: 'catalog' });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /proj\/\.codex\/config\.toml:5:\d+ \w+ literal-secret/);
    assert.match(run.stdout, /proj\/\.continue\/mcpServers\/team\.yaml:7:\d+ \w+ unpinned-package/);
    assert.ok(!run.stdout.includes(TOKEN), 'the secret is never printed');
    const user = await cli(['check', 'home/.config/goose/config.yaml', '--no-color'], { cwd: dir, rules: 'catalog' });
    assert.match(user.stdout, /goose\/config\.yaml:5:\d+ \w+ unpinned-package/);
  });

  it('fix --unsafe moves the Codex token to env_vars and keeps the value in .mcp.env', async () => {
    const run = await cli(['fix', 'proj/.codex/config.toml', '--unsafe'], { cwd: dir, rules: [literalSecret] });
    assert.ok(!run.stdout.includes(TOKEN) && !run.stderr.includes(TOKEN), 'the secret is never printed');
    const fixed = readFileSync(join(dir, 'proj/.codex/config.toml'), 'utf8');
    assert.equal(fixed, '# servers\n[mcp_servers.gh]\ncommand = "node"\nargs = ["gh.js"]\nenv = {}\nenv_vars = ["GITHUB_PERSONAL_ACCESS_TOKEN"]\n');
    assert.equal(readFileSync(join(dir, 'proj/.codex/.mcp.env'), 'utf8').trim(), `GITHUB_PERSONAL_ACCESS_TOKEN=${TOKEN}`);
  });

  it('fix --unsafe passes a name through env_vars only when every server gives it the same value', async () => {
    const other = TOKEN.replace('Zq8', 'Ab1');
    const codex = `[mcp_servers.a]\ncommand = "a"\nenv = { GITHUB_TOKEN = "${TOKEN}" }\n\n[mcp_servers.b]\ncommand = "b"\nenv = { GITHUB_TOKEN = "${other}" }\n\n`
      + `[mcp_servers.c]\ncommand = "c"\nenv = { SHARED_TOKEN = "${TOKEN}" }\n\n[mcp_servers.d]\ncommand = "d"\nenv = { SHARED_TOKEN = "${TOKEN}" }\n\n`
      // A plain value that is only reported in the pedantic profile stays, so it does not stand in the way.
      + '[mcp_servers.e]\ncommand = "e"\nenv = { SHARED_TOKEN = "local-dev" }\n';
    writeTree(dir, { 'proj/.codex/config.toml': codex });
    const run = await cli(['fix', 'proj/.codex/config.toml', '--unsafe'], { cwd: dir, rules: [literalSecret] });
    assert.equal(run.code, 1, 'the two GITHUB_TOKEN values remain');
    const fixed = readFileSync(join(dir, 'proj/.codex/config.toml'), 'utf8');
    // Codex would pass the shell's one GITHUB_TOKEN to both a and b: one of the two values would be lost.
    assert.ok(fixed.includes(`GITHUB_TOKEN = "${TOKEN}"`) && fixed.includes(`GITHUB_TOKEN = "${other}"`), fixed);
    assert.equal(fixed.match(/env_vars = \["SHARED_TOKEN"\]/g)?.length, 2, fixed);
    assert.ok(fixed.includes('SHARED_TOKEN = "local-dev"'), fixed);
    assert.equal(readFileSync(join(dir, 'proj/.codex/.mcp.env'), 'utf8'), `SHARED_TOKEN=${TOKEN}\n`);
  });

  it('fix leaves the config unchanged when its env file already gives the name another value', async () => {
    writeTree(dir, { 'proj/.codex/.mcp.env': 'GITHUB_PERSONAL_ACCESS_TOKEN=an-older-token\n' });
    const run = await cli(['fix', 'proj/.codex/config.toml', '--unsafe'], { cwd: dir, rules: [literalSecret] });
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /not changed: proj\/\.codex\/\.mcp\.env already sets GITHUB_PERSONAL_ACCESS_TOKEN to another value, and moving this secret there would lose it/);
    assert.equal(readFileSync(join(dir, 'proj/.codex/config.toml'), 'utf8'), CODEX);
    assert.equal(readFileSync(join(dir, 'proj/.codex/.mcp.env'), 'utf8'), 'GITHUB_PERSONAL_ACCESS_TOKEN=an-older-token\n');
  });

  it('fix --unsafe moves all twelve secrets of one Codex server and one Goose extension in one run', async () => {
    // Each move removes an env entry and appends its name to one list: the appends chain, where they once overlapped
    // and ten passes moved ten.
    const names = Array.from({ length: 12 }, (_, index) => `KEY_${index}_TOKEN`);
    const secretOf = (index: number): string => TOKEN.replace('Zq8', `Z${String(index).padStart(2, '0')}`);
    writeTree(dir, {
      'proj/.codex/config.toml': `[mcp_servers.s]\ncommand = "node"\n\n[mcp_servers.s.env]\n${names.map((name, index) => `${name} = "${secretOf(index)}"`).join('\n')}\n`,
      'home/.config/goose/config.yaml': `extensions:\n  s:\n    type: stdio\n    cmd: node\n    envs:\n${names.map((name, index) => `      ${name}: ${secretOf(index)}`).join('\n')}\n`,
    });
    const codex = await cli(['fix', 'proj/.codex/config.toml', '--unsafe'], { cwd: dir, rules: [literalSecret] });
    assert.equal(codex.code, 0, codex.stdout);
    assert.ok(readFileSync(join(dir, 'proj/.codex/config.toml'), 'utf8').includes(`env_vars = [${names.map((name) => `"${name}"`).join(', ')}]`));
    const goose = await cli(['fix', 'home/.config/goose/config.yaml', '--unsafe'], { cwd: dir, rules: [literalSecret] });
    assert.equal(goose.code, 0, goose.stdout);
    const gooseText = readFileSync(join(dir, 'home/.config/goose/config.yaml'), 'utf8');
    assert.match(gooseText, /\n {4}envs: \{\}\n {4}env_keys:\n/, 'the emptied map is {}, not null');
    assert.equal(gooseText.match(/^ {6}- KEY_\d+_TOKEN$/gm)?.length, 12);
    assert.equal(readFileSync(join(dir, 'home/.config/goose/.mcp.env'), 'utf8').trim().split('\n').length, 12);
  });
});
