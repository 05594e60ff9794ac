/**
 * Known token formats (data/secret-formats.json) as a prefix table plus anchored, backtracking-free validators that
 * run on one candidate token at a time, so matching stays linear in the scanned text.
 */
import data from '../data/secret-formats.json';

export interface SecretFormat {
  readonly id: string;
  readonly provider: string;
  readonly kind: string;
  readonly env_vars: readonly string[];
  readonly severity: string;
  readonly is_secret: boolean;
}

export const SECRET_FORMATS: readonly SecretFormat[] = (data as { formats: SecretFormat[] }).formats;
const BY_ID = new Map(SECRET_FORMATS.map((format) => [format.id, format]));

export function formatById(id: string): SecretFormat | undefined {
  return BY_ID.get(id);
}

/** "GitHub personal access token", "Google API key": provider and kind without parentheticals. */
export function kindLabel(id: string): string {
  const format = BY_ID.get(id);
  if (!format) return 'secret';
  const kind = format.kind.replace(/\s*\([^)]*\)/g, '').trim();
  return format.provider === 'generic' ? kind : `${format.provider} ${kind}`;
}

/** A format recognised from a token's beginning. `test` sees the whole token and must not backtrack badly. */
interface PrefixMatcher {
  readonly id: string;
  readonly prefixes: readonly string[];
  readonly test: (token: string) => boolean;
}

const hexOrAlnum = (re: RegExp) => (token: string): boolean => re.test(token);

/** Longest prefixes first so that `sk-ant-` wins over `sk-`. */
const PREFIX_MATCHERS: readonly PrefixMatcher[] = [
  { id: 'github-classic-pat', prefixes: ['ghp_'], test: hexOrAlnum(/^ghp_[A-Za-z0-9]{36}$/) },
  { id: 'github-oauth', prefixes: ['gho_'], test: hexOrAlnum(/^gho_[A-Za-z0-9]{36}$/) },
  { id: 'github-app-user', prefixes: ['ghu_'], test: hexOrAlnum(/^ghu_[A-Za-z0-9]{36}$/) },
  { id: 'github-app-server', prefixes: ['ghs_'], test: hexOrAlnum(/^ghs_[A-Za-z0-9]{36}$/) },
  { id: 'github-refresh', prefixes: ['ghr_'], test: hexOrAlnum(/^ghr_[A-Za-z0-9]{36}$/) },
  { id: 'github-fine-grained-pat', prefixes: ['github_pat_'], test: hexOrAlnum(/^github_pat_[A-Za-z0-9_]{60,100}$/) },
  { id: 'gitlab-pat', prefixes: ['glpat-'], test: hexOrAlnum(/^glpat-[A-Za-z0-9_-]{20,300}(\.[0-9a-z]{9})?$/) },
  {
    id: 'gitlab-other',
    prefixes: ['glptt-', 'gldt-', 'glrt-', 'GR1348941', 'glcbt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glsoat-', 'glffct-'],
    test: hexOrAlnum(/^(glptt-[0-9a-f]{40}|(gldt|glrt|glft|glsoat|glffct)-[A-Za-z0-9_-]{20,}|GR1348941[A-Za-z0-9_-]{20,}|glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20,}|glimt-[A-Za-z0-9_-]{25,}|glagent-[A-Za-z0-9_-]{50,}|gloas-[A-Za-z0-9_-]{64,})$/),
  },
  { id: 'anthropic', prefixes: ['sk-ant-api03-', 'sk-ant-admin01-'], test: hexOrAlnum(/^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{60,140}$/) },
  { id: 'openrouter', prefixes: ['sk-or-v1-'], test: hexOrAlnum(/^sk-or-v1-[0-9a-f]{64}$/) },
  { id: 'openai', prefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], test: hexOrAlnum(/^sk-(proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}$/) },
  // Legacy user keys: `sk-` + 20 + the marker `T3BlbkFJ` + 20 (checked by position, not by a searching regex).
  { id: 'openai', prefixes: ['sk-'], test: (t) => t.length === 51 && t.slice(23, 31) === 'T3BlbkFJ' && /^sk-[A-Za-z0-9]{48}$/.test(t) },
  { id: 'google-api-key', prefixes: ['AIza'], test: hexOrAlnum(/^AIza[0-9A-Za-z_-]{35}$/) },
  { id: 'perplexity', prefixes: ['pplx-'], test: hexOrAlnum(/^pplx-[A-Za-z0-9]{48}$/) },
  { id: 'huggingface', prefixes: ['hf_', 'api_org_'], test: hexOrAlnum(/^(hf_|api_org_)[A-Za-z0-9]{34}$/) },
  { id: 'groq', prefixes: ['gsk_'], test: hexOrAlnum(/^gsk_[A-Za-z0-9]{52}$/) },
  { id: 'xai', prefixes: ['xai-'], test: hexOrAlnum(/^xai-[A-Za-z0-9_]{80}$/) },
  { id: 'replicate', prefixes: ['r8_'], test: hexOrAlnum(/^r8_[A-Za-z0-9_-]{37}$/) },
  { id: 'langsmith', prefixes: ['lsv2_pt_', 'lsv2_sk_'], test: hexOrAlnum(/^lsv2_(pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}$/) },
  { id: 'pinecone', prefixes: ['pcsk_'], test: hexOrAlnum(/^pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}$/) },
  { id: 'aws-access-key-id', prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], test: hexOrAlnum(/^(A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/) },
  { id: 'aws-bedrock-api-key', prefixes: ['ABSK'], test: hexOrAlnum(/^ABSK[A-Za-z0-9+/]{109,269}={0,2}$/) },
  { id: 'aws-bedrock-api-key', prefixes: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'], test: (t) => t.length > 60 },
  { id: 'digitalocean', prefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'], test: hexOrAlnum(/^do[por]_v1_[0-9a-f]{64}$/) },
  { id: 'cloudflare-api-token', prefixes: ['cfut_', 'cfat_'], test: hexOrAlnum(/^cf[ua]t_[A-Za-z0-9]{48}$/) },
  { id: 'cloudflare-api-token', prefixes: ['v1.0-'], test: hexOrAlnum(/^v1\.0-[a-f0-9]{24}-[a-f0-9]{146}$/) },
  { id: 'heroku', prefixes: ['HRKU-AA'], test: hexOrAlnum(/^HRKU-AA[0-9A-Za-z_-]{58}$/) },
  { id: 'vault', prefixes: ['hvs.', 'hvb.'], test: hexOrAlnum(/^(hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})$/) },
  { id: 'grafana', prefixes: ['glsa_'], test: hexOrAlnum(/^glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}$/) },
  { id: 'grafana', prefixes: ['glc_'], test: hexOrAlnum(/^glc_[A-Za-z0-9+/]{32,400}={0,3}$/) },
  { id: 'grafana', prefixes: ['eyJrIjoi'], test: hexOrAlnum(/^eyJrIjoi[A-Za-z0-9+/]{30,400}={0,3}$/) },
  { id: 'databricks', prefixes: ['dapi'], test: hexOrAlnum(/^dapi[0-9a-f]{32}(-\d)?$/) },
  { id: 'doppler', prefixes: ['dp.pt.'], test: hexOrAlnum(/^dp\.pt\.[A-Za-z0-9]{43}$/) },
  { id: '1password', prefixes: ['ops_eyJ'], test: hexOrAlnum(/^ops_eyJ[A-Za-z0-9+/]{250,}={0,3}$/) },
  { id: 'slack-bot', prefixes: ['xoxb-'], test: hexOrAlnum(/^xoxb-[0-9]{10,13}-[0-9]{10,13}(-[A-Za-z0-9]+)*$/) },
  { id: 'slack-user', prefixes: ['xoxp-', 'xoxe-'], test: hexOrAlnum(/^xox[pe](-[0-9]{10,13}){3}-[A-Za-z0-9]{20,40}$/) },
  { id: 'slack-app', prefixes: ['xapp-'], test: hexOrAlnum(/^xapp-\d-[A-Za-z0-9]+-\d+-[A-Za-z0-9]+$/) },
  { id: 'slack-session', prefixes: ['xoxc-', 'xoxd-'], test: hexOrAlnum(/^xox[cd]-[A-Za-z0-9%/+=-]{20,}$/) },
  { id: 'stripe-secret', prefixes: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'], test: hexOrAlnum(/^[sr]k_(live|test|prod)_[A-Za-z0-9]{10,}$/) },
  { id: 'notion', prefixes: ['ntn_'], test: hexOrAlnum(/^ntn_[0-9]{11}[A-Za-z0-9]{35}$/) },
  { id: 'notion', prefixes: ['secret_'], test: hexOrAlnum(/^secret_[A-Za-z0-9]{43}$/) },
  { id: 'linear', prefixes: ['lin_api_'], test: hexOrAlnum(/^lin_api_[A-Za-z0-9]{40}$/) },
  { id: 'atlassian', prefixes: ['ATATT3'], test: hexOrAlnum(/^ATATT3[A-Za-z0-9_=-]{150,}$/) },
  { id: 'sentry', prefixes: ['sntryu_'], test: hexOrAlnum(/^sntryu_[a-f0-9]{64}$/) },
  { id: 'sentry', prefixes: ['sntrys_eyJ'], test: hexOrAlnum(/^sntrys_eyJ[A-Za-z0-9+/=_]{50,}$/) },
  { id: 'supabase', prefixes: ['sbp_'], test: hexOrAlnum(/^sbp_(v0_)?[a-f0-9]{40}$/) },
  { id: 'supabase', prefixes: ['sb_secret_'], test: hexOrAlnum(/^sb_secret_[A-Za-z0-9_-]{20,}$/) },
  { id: 'brave', prefixes: ['BSA'], test: hexOrAlnum(/^BSA[A-Za-z0-9_-]{25,32}$/) },
  { id: 'tavily', prefixes: ['tvly-'], test: hexOrAlnum(/^tvly-(dev-|prod-)?[A-Za-z0-9]{32}$/) },
  { id: 'firecrawl', prefixes: ['fc-'], test: hexOrAlnum(/^fc-[0-9a-f]{32}$/) },
  { id: 'context7', prefixes: ['ctx7sk'], test: hexOrAlnum(/^ctx7sk[-_A-Za-z0-9]{16,}$/) },
  { id: 'figma', prefixes: ['figd_', 'figu_', 'figo_', 'figur_', 'figoh_', 'figuh_', 'figor_'], test: hexOrAlnum(/^fig(d|u|o|ur|oh|uh|or)_[A-Za-z0-9_-]{40,}$/) },
  { id: 'apify', prefixes: ['apify_api_'], test: hexOrAlnum(/^apify_api_[A-Za-z0-9]{36}$/) },
  { id: 'npm', prefixes: ['npm_'], test: hexOrAlnum(/^npm_[A-Za-z0-9]{36}$/) },
  { id: 'pypi', prefixes: ['pypi-AgEIcHlwaS5vcmc'], test: hexOrAlnum(/^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}$/) },
  // `AC…` account SIDs are identifiers, not secrets; API key SIDs `SK…` are reported because they pair with a secret.
  { id: 'twilio', prefixes: ['SK'], test: hexOrAlnum(/^SK[0-9a-fA-F]{32}$/) },
  { id: 'sendgrid', prefixes: ['SG.'], test: hexOrAlnum(/^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/) },
  { id: 'mailgun', prefixes: ['key-'], test: hexOrAlnum(/^key-[a-f0-9]{32}$/) },
  { id: 'shopify', prefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], test: hexOrAlnum(/^shp(at|ca|pa|ss)_[a-fA-F0-9]{32}$/) },
  { id: 'postman', prefixes: ['PMAK-'], test: hexOrAlnum(/^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$/) },
  { id: 'square', prefixes: ['EAAA', 'sq0atp-'], test: hexOrAlnum(/^(EAAA|sq0atp-)[A-Za-z0-9_-]{22,60}$/) },
  { id: 'airtable', prefixes: ['pat'], test: hexOrAlnum(/^pat[A-Za-z0-9]{14}\.[a-f0-9]{64}$/) },
  { id: 'planetscale', prefixes: ['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_'], test: hexOrAlnum(/^pscale_(tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64}$/) },
  { id: 'clickhouse-cloud', prefixes: ['4b1d'], test: hexOrAlnum(/^4b1d[A-Za-z0-9]{38}$/) },
  { id: 'dynatrace', prefixes: ['dt0c01.'], test: hexOrAlnum(/^dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}$/) },
  { id: 'jwt', prefixes: ['eyJ'], test: hexOrAlnum(/^eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*$/) },
];

/** Every literal prefix, longest first (for the scanner's native prefilter). */
export const ALL_PREFIXES: readonly string[] = [...new Set(PREFIX_MATCHERS.flatMap((matcher) => matcher.prefixes))].sort((a, b) => b.length - a.length);

/** Matchers by their first two characters: one map lookup per token start. */
const BY_HEAD = new Map<string, { prefix: string; matcher: PrefixMatcher }[]>();
for (const matcher of PREFIX_MATCHERS) {
  for (const prefix of matcher.prefixes) {
    const head = prefix.slice(0, 2);
    const list = BY_HEAD.get(head) ?? [];
    list.push({ prefix, matcher });
    BY_HEAD.set(head, list);
  }
}
for (const list of BY_HEAD.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);

/** Formats recognised from a token's middle (no prefix): checked only on tokens of the right length. */
const INFIX_MATCHERS: readonly { id: string; minLength: number; maxLength: number; test: (token: string) => boolean }[] = [
  { id: 'azure-ad-client-secret', minLength: 37, maxLength: 40, test: (t) => t[4] === 'Q' && t[5] === '~' && /^[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}$/.test(t) },
  { id: 'terraform-cloud', minLength: 83, maxLength: 93, test: (t) => t.indexOf('.atlasv1.') === 14 && /^[a-z0-9]{14}\.atlasv1\.[a-z0-9_=-]{60,70}$/.test(t) },
];

/** The known format of a whole token, if any. Tokens longer than 4096 characters are never secrets we know. */
export function matchTokenFormat(token: string): string | undefined {
  if (token.length < 8 || token.length > 4096) return undefined;
  const candidates = BY_HEAD.get(token.slice(0, 2));
  if (candidates) {
    for (const { prefix, matcher } of candidates) {
      if (token.startsWith(prefix) && matcher.test(token)) return matcher.id;
    }
  }
  for (const infix of INFIX_MATCHERS) {
    if (token.length >= infix.minLength && token.length <= infix.maxLength && infix.test(token)) return infix.id;
  }
  return undefined;
}

/** Formats that have no prefix of their own: only a documented variable name identifies them. */
export const NAME_ANCHORED_FORMATS: ReadonlySet<string> = new Set([
  'aws-secret-access-key', 'azure-devops-pat', 'exa', 'postmark', 'twilio', 'cloudflare-api-token', 'heroku', 'atlassian', 'sentry', 'figma',
]);

const BY_ENV_NAME = new Map<string, string>();
for (const format of SECRET_FORMATS) {
  for (const raw of format.env_vars) {
    const name = raw.split(' ')[0] ?? raw;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name.includes('*')) continue;
    // The first format naming a variable owns it (GITHUB_TOKEN -> the classic PAT).
    if (!BY_ENV_NAME.has(name.toLowerCase())) BY_ENV_NAME.set(name.toLowerCase(), format.id);
  }
}

/** The format whose documented variable (or URL parameter) is `name`, case-insensitive. */
export function formatByVariableName(name: string): string | undefined {
  return BY_ENV_NAME.get(name.toLowerCase());
}

/** Known formats whose reference severity is `medium`: they need a secret-like name to be certain. */
export function isWeakFormat(id: string): boolean {
  return BY_ID.get(id)?.severity === 'medium';
}
