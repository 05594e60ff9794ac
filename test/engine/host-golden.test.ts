/**
 * Golden files for host detection and the normalised model: every realistic file under test/fixtures/hosts/<host>/ is
 * linted with its virtual path (the part below the host folder), and the host, scope, servers and the exact source text
 * of each located value must match `<file>.golden.json`. `UPDATE_GOLDEN=1` rewrites the golden files.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { lint, type LintResult, type ServerEntry } from '../../server/src/engine/index';
import type { Span } from '../../server/src/engine/text/span';

const ROOT = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'hosts');
const HOME = '/home/dev';
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Formats that no file path identifies: linted with `--host`. */
const OVERRIDES: Readonly<Record<string, string>> = { 'copilot-agent': 'copilot-agent' };
/** Every JSON host must have at least one fixture. */
const JSON_HOSTS = [
  'amazon-q', 'claude-code', 'claude-desktop', 'cline', 'copilot-agent', 'copilot-cli', 'cursor', 'gemini-cli', 'junie',
  'lm-studio', 'roo-code', 'visual-studio', 'vscode', 'windsurf', 'zed',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.golden.json') ? [] : [path];
  });
}

describe('host golden files', () => {
  assert.ok(existsSync(ROOT), `missing fixture folder ${ROOT}`);
  const hostDirs = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory()).sort();

  it('cover every JSON host', () => {
    for (const host of JSON_HOSTS) assert.ok(hostDirs.includes(host), `no fixtures for ${host}`);
  });

  for (const hostDir of hostDirs) {
    for (const file of filesUnder(join(ROOT, hostDir))) {
      const virtualPath = '/' + relative(join(ROOT, hostDir), file).split(sep).join('/');
      it(`${hostDir}: ${virtualPath}`, () => {
        const text = readFileSync(file, 'utf8');
        const override = OVERRIDES[hostDir];
        const result = lint({ text, path: virtualPath, homeDir: HOME, ...(override ? { hostOverride: override } : {}) });
        assert.deepEqual(result.engineErrors, [], 'no rule may throw');
        const actual = describeResult(result, text);
        if (actual.isMcpConfig) assert.equal(actual.host, hostDir, 'detected host');
        else assert.deepEqual(result.findings, [], 'a file that is not ours gets no findings');
        const goldenPath = `${file}.golden.json`;
        const serialized = JSON.stringify(actual, null, 2) + '\n';
        if (UPDATE) {
          writeFileSync(goldenPath, serialized);
          return;
        }
        assert.ok(existsSync(goldenPath), `missing golden file ${goldenPath}; run with UPDATE_GOLDEN=1 and review it`);
        assert.deepEqual(JSON.parse(serialized), JSON.parse(readFileSync(goldenPath, 'utf8')), `model differs from ${relative(ROOT, goldenPath)}`);
      });
    }
  }
});

interface Described {
  readonly isMcpConfig: boolean;
  readonly [key: string]: unknown;
}

function describeResult(result: LintResult, text: string): Described {
  if (!result.isMcpConfig) return { isMcpConfig: false };
  const config = result.config;
  const src = (span: Span | undefined): string | undefined => (span ? text.slice(span.offset, span.offset + span.length) : undefined);
  return {
    isMcpConfig: true,
    host: result.host?.id,
    ...(config ? {
      scope: config.scope,
      detectedBy: config.detectedBy,
      rootPath: config.rootPath,
      blocks: config.blocks.map((block) => ({ path: block.path, key: src(block.keySpan), ...(block.project ? { project: block.project } : {}) })),
      inputs: config.inputs.map((input) => ({ id: src(input.id.span), password: src(input.password?.span) })),
      settings: config.settings.map((entry) => ({ key: entry.key, value: src(entry.value.span) })),
      servers: config.servers.map((server) => describeServer(server, src)),
    } : { config: null }),
  };
}

function describeServer(server: ServerEntry, src: (span: Span | undefined) => string | undefined): Record<string, unknown> {
  const launch = server.launch;
  const pkg = launch?.package;
  return {
    name: server.name,
    nameText: src(server.nameSpan),
    path: server.path,
    scope: server.scope,
    ...(server.project ? { project: server.project } : {}),
    transport: server.transport,
    type: src(server.type?.span),
    command: src(server.command?.span),
    args: server.args.map((arg) => src(arg.span)),
    url: src(server.url?.span),
    cwd: src(server.cwd?.span),
    envFile: src(server.envFile?.span),
    env: server.env.map((entry) => `${src(entry.keySpan)}: ${src(entry.value.span)}`),
    headers: server.headers.map((entry) => `${src(entry.keySpan)}: ${src(entry.value.span)}`),
    disabled: server.disabled ? { value: server.disabled.value, text: src(server.disabled.span) } : undefined,
    autoApprove: server.autoApprove ? { field: server.autoApprove.field, items: server.autoApprove.items.map((item) => src(item.span)) } : undefined,
    trust: src(server.trust?.span),
    launch: launch ? {
      launcher: launch.launcher,
      launcherText: src(launch.launcherToken.span),
      wrappers: launch.wrappers,
      autoYes: src(launch.autoYes?.span),
      package: pkg ? {
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        nameText: src(pkg.nameSpan),
        version: pkg.version,
        versionText: src(pkg.versionSpan),
        versionKind: pkg.versionKind,
      } : undefined,
      launcherFlags: launch.launcherFlags.map((token) => src(token.span)),
      programArgs: launch.programArgs.map((token) => src(token.span)),
    } : undefined,
  };
}
