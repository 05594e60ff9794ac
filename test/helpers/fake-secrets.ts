/**
 * Valid-looking fake secrets for every format of the reference (server/src/engine/data/secret-formats.json), built at
 * run time from each format's structure, so no secret-shaped literal is ever committed (vsce and secret scanners
 * refuse those). Deterministic: the same seed builds the same fakes.
 */
import { createPrng } from './prng';

export interface FakeSecret {
  /** The format id in secret-formats.json. */
  readonly id: string;
  /** The string to place in the config (a token, a URL, a header value, a PEM block...). */
  readonly value: string;
  /** The part of `value` that is the secret: it must be flagged and must never appear in any output. */
  readonly secret: string;
  /** The variable or header name to put it under (some formats are only recognisable by their name). */
  readonly name: string;
  /** Where the value belongs in an MCP config. */
  readonly place: 'env' | 'header' | 'url';
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';

/** Joins pieces so that no source line holds a whole token prefix next to a body. */
const p = (...pieces: string[]): string => pieces.join('');

export function buildFakeSecrets(seed = 20261124): FakeSecret[] {
  const prng = createPrng(seed);
  const from = (chars: string, n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += chars[prng.int(chars.length)];
    return out;
  };
  // Random bodies that always mix classes, so entropy checks see a real-looking token.
  const alnum = (n: number): string => {
    const body = from(ALNUM, n - 3);
    return from(UPPER, 1) + from(LOWER, 1) + body + from(DIGITS, 1);
  };
  const hex = (n: number): string => from(HEX, n);
  const digits = (n: number): string => from(DIGITS, n);
  const uuid = (): string => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
  const token = (id: string, value: string, name: string, place: FakeSecret['place'] = 'env'): FakeSecret => ({ id, value, secret: value, name, place });

  const jwtPart = (n: number): string => p('ey', 'J') + from(URLSAFE, n);
  const pemBody = from(B64, 64) + '\n' + from(B64, 64);
  const dbPassword = alnum(18);
  const urlPassword = alnum(16);
  const queryKey = alnum(32);
  const bearer = from(URLSAFE, 40);

  return [
    token('github-classic-pat', p('gh', 'p_') + alnum(36), 'GITHUB_PERSONAL_ACCESS_TOKEN'),
    token('github-oauth', p('gh', 'o_') + alnum(36), 'GITHUB_TOKEN'),
    token('github-app-user', p('gh', 'u_') + alnum(36), 'GITHUB_TOKEN'),
    token('github-app-server', p('gh', 's_') + alnum(36), 'GITHUB_TOKEN'),
    token('github-refresh', p('gh', 'r_') + alnum(36), 'GITHUB_REFRESH_TOKEN'),
    token('github-fine-grained-pat', p('github', '_pat_') + alnum(22) + '_' + alnum(59), 'GITHUB_PERSONAL_ACCESS_TOKEN'),
    token('gitlab-pat', p('gl', 'pat-') + from(URLSAFE, 18) + 'a1', 'GITLAB_PERSONAL_ACCESS_TOKEN'),
    token('gitlab-other', p('gl', 'ptt-') + hex(40), 'GITLAB_TOKEN'),
    token('openai', p('sk', '-proj-') + alnum(74) + p('T3Bl', 'bkFJ') + alnum(74), 'OPENAI_API_KEY'),
    token('anthropic', p('sk', '-ant-', 'api03-') + from(URLSAFE, 93) + 'AA', 'ANTHROPIC_API_KEY'),
    token('google-api-key', p('AI', 'za') + 'Sy' + from(URLSAFE, 33), 'GEMINI_API_KEY'),
    {
      id: 'gcp-service-account',
      value: JSON.stringify({ type: 'service_account', project_id: 'demo-project', private_key_id: hex(40), private_key: p('-----BEGIN ', 'PRIVATE KEY-----\n') + pemBody + p('\n-----END ', 'PRIVATE KEY-----\n'), client_email: 'svc@demo-project.iam.gserviceaccount.com' }),
      secret: JSON.stringify(pemBody).slice(1, -1),
      name: 'GCP_SERVICE_ACCOUNT_KEY',
      place: 'env',
    },
    token('perplexity', p('pp', 'lx-') + alnum(48), 'PERPLEXITY_API_KEY'),
    token('huggingface', p('h', 'f_') + alnum(34), 'HF_TOKEN'),
    token('groq', p('gs', 'k_') + alnum(52), 'GROQ_API_KEY'),
    token('openrouter', p('sk', '-or-', 'v1-') + hex(64), 'OPENROUTER_API_KEY'),
    token('xai', p('xa', 'i-') + alnum(80), 'XAI_API_KEY'),
    token('replicate', p('r', '8_') + alnum(37), 'REPLICATE_API_TOKEN'),
    token('langsmith', p('lsv2', '_pt_') + hex(32) + '_' + hex(10), 'LANGSMITH_API_KEY'),
    token('pinecone', p('pc', 'sk_') + alnum(5) + '_' + alnum(63), 'PINECONE_API_KEY'),
    token('aws-access-key-id', p('AK', 'IA') + from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), 'AWS_ACCESS_KEY_ID'),
    token('aws-secret-access-key', from(ALNUM, 20) + '/' + from(ALNUM, 10) + '+' + from(ALNUM, 8), 'AWS_SECRET_ACCESS_KEY'),
    token('aws-bedrock-api-key', p('AB', 'SK') + from(ALNUM, 120) + '=', 'AWS_BEARER_TOKEN_BEDROCK'),
    token('azure-ad-client-secret', alnum(3) + digits(1) + p('Q', '~') + from(ALNUM + '_~.', 34), 'AZURE_CLIENT_SECRET'),
    token('azure-devops-pat', from(LOWER + DIGITS, 52), 'AZURE_DEVOPS_PAT'),
    token('digitalocean', p('do', 'p_v1_') + hex(64), 'DIGITALOCEAN_ACCESS_TOKEN'),
    token('cloudflare-api-token', p('cf', 'ut_') + alnum(40) + hex(8), 'CLOUDFLARE_API_TOKEN'),
    token('heroku', p('HR', 'KU-AA') + from(URLSAFE, 58), 'HEROKU_API_KEY'),
    token('vault', p('hv', 's.') + from(URLSAFE, 95), 'VAULT_TOKEN'),
    token('terraform-cloud', from(LOWER + DIGITS, 14) + p('.atlas', 'v1.') + from(LOWER + DIGITS, 67), 'TFE_TOKEN'),
    token('grafana', p('gl', 'sa_') + alnum(32) + '_' + hex(8), 'GRAFANA_SERVICE_ACCOUNT_TOKEN'),
    token('databricks', p('da', 'pi') + hex(32), 'DATABRICKS_TOKEN'),
    token('doppler', p('dp', '.pt.') + alnum(43), 'DOPPLER_TOKEN'),
    token('1password', p('op', 's_eyJ') + from(ALNUM, 260), 'OP_SERVICE_ACCOUNT_TOKEN'),
    token('slack-bot', p('xo', 'xb-') + digits(12) + '-' + digits(13) + '-' + alnum(24), 'SLACK_BOT_TOKEN'),
    token('slack-user', p('xo', 'xp-') + digits(12) + '-' + digits(12) + '-' + digits(13) + '-' + hex(32), 'SLACK_USER_TOKEN'),
    token('slack-app', p('xa', 'pp-') + '1-A' + from(UPPER + DIGITS, 10) + '-' + digits(13) + '-' + hex(64), 'SLACK_APP_TOKEN'),
    token('slack-session', p('xo', 'xc-') + digits(12) + '-' + digits(12) + '-' + alnum(40), 'SLACK_MCP_XOXC_TOKEN'),
    (() => {
      const path = `T${from(UPPER + DIGITS, 8)}/B${from(UPPER + DIGITS, 10)}/${alnum(24)}`;
      return { id: 'slack-webhook', value: p('https://hooks.', 'slack.com/services/') + path, secret: path.split('/')[2] as string, name: 'url', place: 'url' as const };
    })(),
    token('stripe-secret', p('sk', '_live_') + alnum(99), 'STRIPE_SECRET_KEY'),
    token('notion', p('nt', 'n_') + digits(11) + alnum(35), 'NOTION_TOKEN'),
    token('linear', p('lin', '_api_') + alnum(40), 'LINEAR_API_KEY'),
    token('atlassian', p('ATA', 'TT3') + from(URLSAFE, 178) + '=' + hex(8), 'JIRA_API_TOKEN'),
    token('sentry', p('sntr', 'yu_') + hex(64), 'SENTRY_ACCESS_TOKEN'),
    token('supabase', p('sb', 'p_') + hex(40), 'SUPABASE_ACCESS_TOKEN'),
    token('brave', p('BS', 'A') + from(URLSAFE, 28), 'BRAVE_API_KEY'),
    token('tavily', p('tv', 'ly-dev-') + alnum(32), 'TAVILY_API_KEY'),
    token('firecrawl', p('f', 'c-') + hex(32), 'FIRECRAWL_API_KEY'),
    token('exa', uuid(), 'EXA_API_KEY'),
    token('context7', p('ctx7', 'sk') + '-' + uuid(), 'CONTEXT7_API_KEY'),
    token('figma', p('fi', 'gd_') + from(URLSAFE, 40) + 'Q1', 'FIGMA_API_KEY'),
    token('apify', p('apify', '_api_') + alnum(36), 'APIFY_TOKEN'),
    token('npm', p('np', 'm_') + alnum(36), 'NPM_TOKEN'),
    token('pypi', p('pypi-', 'AgEIcHlwaS5vcmc') + from(URLSAFE, 70), 'PYPI_TOKEN'),
    token('twilio', hex(32), 'TWILIO_AUTH_TOKEN'),
    token('sendgrid', p('S', 'G.') + from(URLSAFE, 22) + '.' + from(URLSAFE, 43), 'SENDGRID_API_KEY'),
    token('postmark', uuid(), 'POSTMARK_SERVER_TOKEN'),
    token('mailgun', p('ke', 'y-') + hex(32), 'MAILGUN_API_KEY'),
    token('shopify', p('shp', 'at_') + hex(32), 'SHOPIFY_ACCESS_TOKEN'),
    token('postman', p('PM', 'AK-') + hex(24) + '-' + hex(34), 'POSTMAN_API_KEY'),
    token('square', p('sq0', 'atp-') + from(URLSAFE, 22) + 'x9', 'SQUARE_ACCESS_TOKEN'),
    token('airtable', p('pa', 't') + alnum(14) + '.' + hex(64), 'AIRTABLE_API_KEY'),
    token('planetscale', p('pscale', '_tkn_') + alnum(43), 'PLANETSCALE_SERVICE_TOKEN'),
    token('clickhouse-cloud', p('4b', '1d') + alnum(38), 'CLICKHOUSE_PASSWORD'),
    token('dynatrace', p('dt0', 'c01.') + from(UPPER + DIGITS, 24) + '.' + alnum(64), 'DT_API_TOKEN'),
    { id: 'db-connection-string', value: p('postgresql://', 'app:') + dbPassword + '@db.internal.example:5432/app', secret: dbPassword, name: 'DATABASE_URL', place: 'env' },
    { id: 'url-userinfo', value: p('https://', 'deploy:') + urlPassword + '@mcp.example.com/mcp', secret: urlPassword, name: 'url', place: 'url' },
    { id: 'url-query-secret', value: `https://mcp.example.com/mcp?api_key=${queryKey}&agent=cursor`, secret: queryKey, name: 'url', place: 'url' },
    { id: 'bearer-header', value: `Bearer ${bearer}`, secret: bearer, name: 'Authorization', place: 'header' },
    token('jwt', jwtPart(30) + '.' + jwtPart(60) + '.' + from(URLSAFE, 43), 'SUPABASE_SERVICE_ROLE_KEY'),
    {
      id: 'private-key-pem',
      value: p('-----BEGIN RSA ', 'PRIVATE KEY-----\n') + pemBody + p('\n-----END RSA ', 'PRIVATE KEY-----'),
      secret: pemBody,
      name: 'GITHUB_APP_PRIVATE_KEY',
      place: 'env',
    },
  ];
}
