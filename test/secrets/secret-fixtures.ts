/** Configs with secrets for every JSON host and every place a secret hides, generated at run time from fake secrets. */
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { HOST_PATHS, configFor } from '../helpers/host-paths';

export interface SecretFixture {
  readonly name: string;
  readonly host: string;
  readonly path: string;
  readonly text: string;
  /** Full secrets in the file: each must be found, moved intact by fixes, and never printed. */
  readonly secrets: readonly string[];
}

/** Hosts whose files are JSON(C) written by `configFor`; TOML/YAML hosts are covered by their own engineer's tests. */
export const JSON_HOSTS = Object.keys(HOST_PATHS).filter((host) => !['codex', 'continue', 'goose'].includes(host));
const COMMENTS = new Set(['vscode', 'zed', 'gemini-cli']);

export function buildSecretFixtures(seed = 99): SecretFixture[] {
  const fakes = buildFakeSecrets(seed);
  const fake = (id: string): string => fakes.find((f) => f.id === id)!.value;
  const secretOf = (id: string): string => fakes.find((f) => f.id === id)!.secret;
  const fixtures: SecretFixture[] = [];
  for (const host of JSON_HOSTS) {
    const tools = host === 'copilot-agent' ? { type: 'local', tools: ['*'] } : {};
    const remoteTools = host === 'copilot-agent' ? { type: 'http', tools: ['*'] } : host === 'vscode' || host === 'claude-code' ? { type: 'http' } : {};
    const servers: Record<string, unknown> = {
      github: { ...tools, command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: fake('github-classic-pat'), GITHUB_TOOLSETS: 'repos' } },
      api: { ...tools, command: 'node', args: ['server.js', '--api-key', fake('groq')], env: { DATABASE_URL: fake('db-connection-string') } },
      supabase: { ...tools, command: 'npx', args: ['-y', '@supabase/mcp-server-supabase@0.5.0', '--access-token', fake('supabase')] },
      remote: { ...remoteTools, url: `https://mcp.example.com/mcp?api_key=${secretOf('url-query-secret')}`, headers: { Authorization: fake('bearer-header'), 'X-API-Key': fake('linear') } },
    };
    const secrets = [fake('github-classic-pat'), fake('groq'), secretOf('db-connection-string'), fake('supabase'), secretOf('url-query-secret'), secretOf('bearer-header'), fake('linear')];
    let text = configFor(host, servers);
    if (COMMENTS.has(host)) text = text.replace('{\n', '{\n  // servers used by the team (keep this comment)\n');
    fixtures.push({ name: `${host}: env, args, DSN, url, headers`, host, path: HOST_PATHS[host]!, text, secrets });
    if (host === 'vscode') {
      const withInputs = configFor(host, { g: { command: 'npx', env: { TOKEN: '${input:gh}', OTHER: fake('npm') } } }, { inputs: [{ type: 'promptString', id: 'gh', description: 'GitHub', password: true, default: fake('github-oauth') }] });
      fixtures.push({ name: 'vscode: inputs default and an existing inputs array', host, path: HOST_PATHS[host]!, text: withInputs, secrets: [fake('npm'), fake('github-oauth')] });
    }
  }
  return fixtures;
}
