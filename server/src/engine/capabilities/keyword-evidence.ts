/**
 * Capabilities guessed from words in names (package, image, URL, command, env var, server name) when a server is not
 * in the known-server data. Each topic says what such a server usually can do; confidence comes from where the word was.
 */
import { memoize2 } from '../bounded-memo';
import type { Capability } from '../data/known-servers';
import type { ExecutionKind, UntrustedKind } from './capability';
import { EMPTY_LIST } from '../empty-list';

export interface Topic {
  readonly id: string;
  /** What the word says the server is about ("file access", "a chat workspace"). */
  readonly label: string;
  readonly pattern: RegExp;
  readonly capabilities: readonly Capability[];
  /** Whether an env var name such as `SLACK_BOT_TOKEN` is evidence (generic words like `url` are not). */
  readonly inEnvNames: boolean;
  /** Who writes the untrusted content of such a server, when the topic reads any. */
  readonly untrusted?: UntrustedKind;
  /** Where the code of such a server runs, when the topic executes any. */
  readonly executes?: ExecutionKind;
}

const P: Capability = 'reads_private_data';
const U: Capability = 'reads_untrusted_content';
const O: Capability = 'external_communication';
const W: Capability = 'writes';
const E: Capability = 'executes_code';
const S: Capability = 'sensitive_account';

/** Ordered from specific to generic; every matching topic contributes. Words are matched after splitting names into lower-case words. */
export const TOPICS: readonly Topic[] = [
  { id: 'code-hosting', label: 'a code hosting account (repositories, issues written by others)', pattern: /\b(github|gitlab|bitbucket|gitea|forgejo|gh)\b/, capabilities: [P, U, O, W], inEnvNames: true, untrusted: 'account' },
  { id: 'git', label: 'git repositories', pattern: /\bgit\b/, capabilities: [P, W], inEnvNames: false },
  { id: 'email', label: 'a mailbox', pattern: /\b(e ?mail|gmail|outlook|imap|smtp|postmark|sendgrid|mailgun|resend|protonmail|inbox|ms ?365|office ?365)\b/, capabilities: [P, U, O, S], inEnvNames: true, untrusted: 'open' },
  { id: 'chat', label: 'a chat workspace', pattern: /\b(slack|discord|telegram|teams|whatsapp|mattermost|lark|feishu|wechat|matrix|sms|twilio|chat)\b/, capabilities: [P, U, O, W], inEnvNames: true, untrusted: 'account' },
  { id: 'workspace', label: 'a team workspace (docs, tickets)', pattern: /\b(notion|confluence|jira|atlassian|linear|asana|trello|clickup|monday|todoist|coda|hubspot|salesforce|zendesk|intercom)\b/, capabilities: [P, U, O, W], inEnvNames: true, untrusted: 'account' },
  { id: 'documents', label: 'personal documents and notes', pattern: /\b(g ?drive|google (drive|docs|sheets|calendar)|dropbox|onedrive|sharepoint|obsidian|evernote|calendar|contacts)\b/, capabilities: [P, W], inEnvNames: true },
  { id: 'database', label: 'a database', pattern: /\b(postgres(ql)?|pg|mysql|mariadb|sqlite|mongo(db)?|redis|database|db|dbhub|sql|supabase|neon|snowflake|bigquery|clickhouse|neo4j|dynamo(db)?|elasticsearch|cassandra|duckdb|motherduck|prisma|firestore|airtable|qdrant|chroma|pinecone|milvus|weaviate)\b/, capabilities: [P, W], inEnvNames: true },
  { id: 'files', label: 'local files', pattern: /\b(file ?system|filesystem|fs|files?|directory|folders?)\b/, capabilities: [P, W], inEnvNames: false },
  { id: 'memory', label: 'a private knowledge store', pattern: /\b(memory|mem0|memories|knowledge|kb|rag|vector)\b/, capabilities: [P, W], inEnvNames: false },
  { id: 'browser', label: 'a web browser (pages written by anyone; may use logged-in sessions)', pattern: /\b(browser|browsers|playwright|puppeteer|chrome|chromium|selenium|chrome ?devtools|browserbase|headless|webdriver|browsertools|stagehand)\b/, capabilities: [P, U, O, E], inEnvNames: false, untrusted: 'open', executes: 'page' },
  { id: 'web', label: 'web pages', pattern: /\b(fetch|fetcher|curl|crawl|crawler|scrape|scraper|scraping|firecrawl|jina|spider|apify|brightdata|webpage|website|web)\b/, capabilities: [U, O], inEnvNames: false, untrusted: 'open' },
  { id: 'search', label: 'web search results', pattern: /\b(search|brave|tavily|exa|serper|serpapi|serp|perplexity(ai)?|bing|duckduckgo|ddg|kagi|searx|searxng|news|arxiv|wikipedia|youtube|reddit|twitter|hackernews|rss|stackoverflow)\b/, capabilities: [U, O], inEnvNames: true, untrusted: 'open' },
  { id: 'docs', label: 'documentation lookups', pattern: /\b(context7|deepwiki|documentation)\b/, capabilities: [U, O], inEnvNames: true, untrusted: 'docs' },
  { id: 'shell', label: 'a shell (runs commands)', pattern: /\b(shell|terminal|exec|execute|executor|command|commander|cmd|bash|zsh|powershell|pwsh|ssh|interpreter|sandbox|e2b|jupyter|repl|kali|iterm|tmux|run ?code|code ?runner)\b/, capabilities: [E], inEnvNames: false, executes: 'machine' },
  { id: 'cluster', label: 'a container cluster', pattern: /\b(kubernetes|k8s|kubectl|helm|docker|podman|openshift|argocd)\b/, capabilities: [P, W, E, S], inEnvNames: true, executes: 'machine' },
  { id: 'cloud', label: 'a cloud account', pattern: /\b(aws|amazon|azure|gcp|gcloud|cloudflare|vercel|netlify|heroku|railway|digitalocean|terraform|pulumi|cdk|cloudformation|lambda|ec2|iam|firebase)\b/, capabilities: [P, W, S], inEnvNames: true },
  { id: 'payments', label: 'payments or finances', pattern: /\b(stripe|paypal|square|plaid|payments?|(?<!memory )bank|banking|finance|financial|invoices?|billing|accounting|quickbooks|xero|shopify|coinbase|crypto|wallet|trading|alpaca|brokerage|venmo|ledger|tax)\b/, capabilities: [P, W, S], inEnvNames: true },
  { id: 'health', label: 'health records', pattern: /\b(health|medical|fhir|ehr|patients?|clinical|hipaa)\b/, capabilities: [P, S], inEnvNames: true },
  { id: 'identity', label: 'an identity or secrets store', pattern: /\b(okta|auth0|entra|ldap|keycloak|1password|bitwarden|keychain|passwords?|vault)\b/, capabilities: [P, S], inEnvNames: true },
  { id: 'automation', label: 'workflow automation (calls arbitrary endpoints)', pattern: /\b(n8n|zapier|ifttt|webhooks?|workflows?|pipedream|automation)\b/, capabilities: [O, E, W], inEnvNames: true, executes: 'machine' },
  { id: 'observability', label: 'logs and error reports', pattern: /\b(sentry|datadog|grafana|splunk|newrelic|observability|prometheus)\b/, capabilities: [P, U], inEnvNames: true, untrusted: 'account' },
  // Not from env var names: `LOG_LEVEL`, `FASTMCP_LOG_LEVEL` configure the server's own logging.
  { id: 'logs', label: 'logs and error reports', pattern: /\blogs?\b/, capabilities: [P, U], inEnvNames: false, untrusted: 'account' },
  { id: 'publishing', label: 'public storage or hosting (uploads)', pattern: /\b(upload|publish|ipfs|pastebin|gist|apillon|bucket|hosting|s3)\b/, capabilities: [O, W], inEnvNames: false },
  { id: 'design', label: 'design files', pattern: /\b(figma|canva)\b/, capabilities: [P], inEnvNames: true },
];

/** Env var names of model providers say nothing about what the server does (`AZURE_OPENAI_API_KEY` is not a cloud account). */
export const MODEL_PROVIDER_ENV = /(OPENAI|ANTHROPIC|CLAUDE|GEMINI|MISTRAL|GROQ|OPENROUTER|COHERE|DEEPSEEK|XAI|OLLAMA|HUGGINGFACE|HF_|LLM|MODEL)/i;

/** `@scope/Windows-Command-Line-MCP-Server` -> `scope windows command line mcp server`; `BrowserTools` -> `browser tools`. */
export function wordsOf(name: string): string {
  return capped(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Names are short; a huge value (an inline script, a pasted blob) is looked at only up to here, keeping this linear. */
const MAX_NAME_LENGTH = 512;

function capped(name: string): string {
  return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH) : name;
}

/** Names repeat across lints (package names, env var names): remember the answer, within a bound. */
const rememberedTopics = memoize2((kind, name) => matchTopics(name, kind === 'env'));

/** Topics whose words occur in `name`. */
export function topicsIn(name: string, forEnvName = false): readonly Topic[] {
  return rememberedTopics(forEnvName ? 'env' : 'name', capped(name));
}

/** Every topic's pattern in one: most names match none, and one pass rules that out instead of one per topic. */
const ANY_TOPIC = new RegExp(TOPICS.map((topic) => topic.pattern.source).join('|'));

function matchTopics(name: string, forEnvName: boolean): readonly Topic[] {
  const words = ` ${wordsOf(name)} `;
  // `browsertools` and `mcp-server-fetch` style names: also try the name split at known words (cheap: the joined form).
  const joined = ` ${capped(name).toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  if (!ANY_TOPIC.test(words) && !ANY_TOPIC.test(joined)) return NO_TOPICS;
  return TOPICS.filter((topic) => (!forEnvName || topic.inEnvNames) && (topic.pattern.test(words) || topic.pattern.test(joined)));
}

const NO_TOPICS: readonly Topic[] = EMPTY_LIST;
