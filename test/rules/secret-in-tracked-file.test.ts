import { secretInTrackedFile } from '../../server/src/engine/rules/secret-in-tracked-file';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { runRuleTests, type InvalidCase, type RuleCase } from '../helpers/rule-tester';

const fakes = buildFakeSecrets(31);
const pat = fakes.find((f) => f.id === 'github-classic-pat')!.value;
const stripe = fakes.find((f) => f.id === 'stripe-secret')!.value;
const servers = { github: { command: 'npx', env: { GITHUB_TOKEN: pat } } };
const TRACKED = { inRepository: true, tracked: true, ignored: false };
const UNIGNORED = { inRepository: true, tracked: false, ignored: false };

const valid: RuleCase[] = [
  { name: 'no exposure information', host: 'cursor', servers },
  { name: 'outside any repository', host: 'cursor', servers, exposure: { inRepository: false, tracked: false, ignored: false } },
  { name: 'git-ignored and untracked', host: 'claude-code', servers, exposure: { inRepository: true, tracked: false, ignored: true } },
  { name: 'tracked but only references', host: 'claude-code', servers: { github: { command: 'npx', env: { GITHUB_TOKEN: '${GITHUB_TOKEN}' } } }, exposure: TRACKED },
  { name: 'tracked with a plain value under a secret name (pedantic only)', host: 'cursor', servers: { a: { command: 'node', env: { DB_PASSWORD: 'postgres' } } }, exposure: TRACKED },
];

const invalid: InvalidCase[] = [
  {
    name: 'tracked project file',
    host: 'claude-code',
    servers: { github: servers.github, pay: { command: 'npx', args: ['-y', 'stripe-mcp@1.0.0', `--api-key=${stripe}`] } },
    exposure: TRACKED,
    secrets: [pat, stripe],
    errors: [{ severity: 'error', confidence: 'high', message: 'is tracked by git and holds 2 literal secrets', text: '"mcpServers"' }],
  },
  {
    name: 'in a repository, not ignored',
    host: 'cursor',
    servers,
    exposure: UNIGNORED,
    secrets: [pat],
    errors: [{ message: 'the next `git add` publishes them' }],
  },
  {
    name: 'personal file of a host without variables: offers .gitignore',
    host: 'claude-desktop',
    servers,
    exposure: UNIGNORED,
    secrets: [pat],
    errors: [{ message: 'claude_desktop_config.json is inside a git repository' }],
  },
];

runRuleTests(secretInTrackedFile, { valid, invalid });
