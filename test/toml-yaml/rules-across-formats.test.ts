/**
 * The rules written for every host, run on Codex TOML, Continue YAML and Goose YAML: the same squiggles, and fixes
 * that keep each file parseable, remove the finding and are idempotent (checked by the rule tester).
 */
import { autoApprove } from '../../server/src/engine/rules/auto-approve';
import { broadFilesystemAccess } from '../../server/src/engine/rules/broad-filesystem-access';
import { credentialsInUrl } from '../../server/src/engine/rules/credentials-in-url';
import { dangerousEnvOverride } from '../../server/src/engine/rules/dangerous-env-override';
import { insecureTransport } from '../../server/src/engine/rules/insecure-transport';
import { invalidTransport } from '../../server/src/engine/rules/invalid-transport';
import { literalSecret } from '../../server/src/engine/rules/literal-secret';
import { missingCommandOrUrl } from '../../server/src/engine/rules/missing-command-or-url';
import { secretInArgs } from '../../server/src/engine/rules/secret-in-args';
import { syntaxError } from '../../server/src/engine/rules/syntax-error';
import { unknownField } from '../../server/src/engine/rules/unknown-field';
import { unpinnedPackage } from '../../server/src/engine/rules/unpinned-package';
import { wrongVariableSyntax } from '../../server/src/engine/rules/wrong-variable-syntax';
import { runRuleTests } from '../helpers/rule-tester';

// Fake credentials, assembled at runtime so that no secret-looking literal is committed.
const GITHUB_TOKEN = ['gh', 'p_', 'Zq8Xw3Rt6Yp1Lk9Mn4Bv7Cx2Df5Gh0Js3Kt8W'].join('');
const PASSWORD = ['Sx9', 'vQ2', 'mLr7'].join('');

const CONTINUE_HEAD = 'name: Team servers\nversion: 0.0.1\nschema: v1\nmcpServers:\n';

runRuleTests(syntaxError, {
  valid: [
    { name: 'TOML with comments', host: 'codex', code: '# mine\n[mcp_servers.a] # inline\ncommand = "node"\n' },
    { name: 'YAML with comments', host: 'goose', code: '# mine\nextensions:\n  a: # inline\n    cmd: node\n' },
  ],
  invalid: [
    {
      name: 'TOML: a missing comma in args',
      host: 'codex',
      code: '[mcp_servers.a]\ncommand = "npx"\nargs = ["-y" "pkg@1.0.0"]\n',
      errors: [{ line: 3, severity: 'error', confidence: 'high', text: '"pkg@1.0.0"]' }],
    },
    {
      name: 'YAML: a duplicate key in Continue',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: a\n    command: node\n    command: python\n`,
      errors: [{ message: 'unique', line: 7, text: 'command' }],
    },
    {
      name: 'YAML: an unclosed flow list in Goose',
      host: 'goose',
      code: 'extensions:\n  a:\n    cmd: npx\n    args: [-y, pkg\n',
      errors: [{ severity: 'error' }],
    },
  ],
});

runRuleTests(unpinnedPackage, {
  valid: [
    { name: 'Codex: pinned npm package', host: 'codex', servers: { a: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] } } },
    { name: 'Continue: pinned PyPI package', host: 'continue', code: `${CONTINUE_HEAD}  - name: fetch\n    command: uvx\n    args: [mcp-server-fetch==2025.4.7]\n` },
    { name: 'Goose: pinned npm package', host: 'goose', code: 'extensions:\n  mem:\n    type: stdio\n    cmd: npx\n    args: ["-y", "@modelcontextprotocol/server-memory@2025.4.25"]\n' },
  ],
  invalid: [
    {
      name: 'Codex: npx without a version',
      host: 'codex',
      code: '[mcp_servers.memory]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-memory"]\n',
      errors: [{ server: 'memory', text: '@modelcontextprotocol/server-memory', line: 3 }],
    },
    {
      name: 'Continue: uvx without a version, in a block list',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: fetch\n    command: uvx\n    args:\n      - mcp-server-fetch\n`,
      errors: [{ server: 'fetch', text: 'mcp-server-fetch', line: 8 }],
    },
    {
      name: 'Goose: @latest in a flow list',
      host: 'goose',
      code: 'extensions:\n  pw:\n    type: stdio\n    cmd: npx\n    args: [-y, "@playwright/mcp@latest"]\n',
      errors: [{ server: 'pw', message: 'latest', text: '@playwright/mcp@latest' }],
    },
  ],
});

runRuleTests(literalSecret, {
  valid: [
    { name: 'Codex: env_vars names the variable', host: 'codex', servers: { gh: { command: 'node', args: ['gh.js'], env_vars: ['GITHUB_PERSONAL_ACCESS_TOKEN'] } } },
    { name: 'Continue: a ${{ secrets.NAME }} reference', host: 'continue', code: `${CONTINUE_HEAD}  - name: gh\n    command: node\n    env:\n      GITHUB_PERSONAL_ACCESS_TOKEN: \${{ secrets.GITHUB_PERSONAL_ACCESS_TOKEN }}\n` },
    { name: 'Goose: env_keys names the variable', host: 'goose', code: 'extensions:\n  gh:\n    type: stdio\n    cmd: node\n    env_keys: [GITHUB_PERSONAL_ACCESS_TOKEN]\n' },
  ],
  invalid: [
    {
      name: 'Codex: literal env value moves to env_vars',
      host: 'codex',
      code: `[mcp_servers.gh]\ncommand = "node"\nargs = ["gh.js"]\nenv = { GITHUB_PERSONAL_ACCESS_TOKEN = "${GITHUB_TOKEN}" } # token\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'gh', text: GITHUB_TOKEN, message: 'env_vars' }],
      output: '[mcp_servers.gh]\ncommand = "node"\nargs = ["gh.js"]\nenv = {} # token\nenv_vars = ["GITHUB_PERSONAL_ACCESS_TOKEN"]\n',
    },
    {
      name: 'Codex: literal env value in an [env] sub-table joins an existing env_vars',
      host: 'codex',
      code: `[mcp_servers.gh]\ncommand = "node"\nenv_vars = ["OTHER"]\n\n[mcp_servers.gh.env]\nGITHUB_PERSONAL_ACCESS_TOKEN = "${GITHUB_TOKEN}"\nDEBUG = "1"\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'gh', text: GITHUB_TOKEN, line: 6 }],
      output: '[mcp_servers.gh]\ncommand = "node"\nenv_vars = ["OTHER", "GITHUB_PERSONAL_ACCESS_TOKEN"]\n\n[mcp_servers.gh.env]\nDEBUG = "1"\n',
    },
    {
      name: 'Codex: a literal Authorization header becomes bearer_token_env_var',
      host: 'codex',
      code: `[mcp_servers.api]\nurl = "https://api.example.com/mcp"\nhttp_headers = { Authorization = "Bearer ${GITHUB_TOKEN}" }\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'api', text: GITHUB_TOKEN }],
      output: '[mcp_servers.api]\nurl = "https://api.example.com/mcp"\nhttp_headers = {}\nbearer_token_env_var = "API_TOKEN"\n',
    },
    {
      name: 'Continue: literal env value becomes ${{ secrets.NAME }}',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: gh\n    command: node\n    env:\n      GITHUB_PERSONAL_ACCESS_TOKEN: ${GITHUB_TOKEN} # mine\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'gh', text: GITHUB_TOKEN, line: 8, message: '${{ secrets.GITHUB_PERSONAL_ACCESS_TOKEN }}' }],
      output: `${CONTINUE_HEAD}  - name: gh\n    command: node\n    env:\n      GITHUB_PERSONAL_ACCESS_TOKEN: \${{ secrets.GITHUB_PERSONAL_ACCESS_TOKEN }} # mine\n`,
    },
    {
      name: 'Continue: a token inside a quoted header keeps its quotes',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: api\n    url: https://api.example.com/mcp\n    requestOptions:\n      headers: { Authorization: "Bearer ${GITHUB_TOKEN}" }\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'api', text: GITHUB_TOKEN }],
      output: `${CONTINUE_HEAD}  - name: api\n    url: https://api.example.com/mcp\n    requestOptions:\n      headers: { Authorization: "Bearer \${{ secrets.API_TOKEN }}" }\n`,
    },
    {
      name: 'Continue: a literal apiKey becomes ${{ secrets.NAME }}',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: api\n    url: https://api.example.com/mcp\n    apiKey: ${GITHUB_TOKEN}\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'api', text: GITHUB_TOKEN, line: 7 }],
    },
    {
      name: 'Goose: literal envs value moves to env_keys',
      host: 'goose',
      code: `extensions:\n  gh:\n    type: stdio\n    cmd: node\n    envs:\n      GITHUB_PERSONAL_ACCESS_TOKEN: ${GITHUB_TOKEN}\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'gh', text: GITHUB_TOKEN, line: 6 }],
      output: 'extensions:\n  gh:\n    type: stdio\n    cmd: node\n    envs: {}\n    env_keys:\n      - GITHUB_PERSONAL_ACCESS_TOKEN\n',
    },
  ],
});

runRuleTests(secretInArgs, {
  valid: [{ name: 'Codex: a plain flag', host: 'codex', servers: { a: { command: 'node', args: ['server.js', '--read-only'] } } }],
  invalid: [
    {
      name: 'Goose: a token passed as an argument',
      host: 'goose',
      code: `extensions:\n  gh:\n    type: stdio\n    cmd: node\n    args: [server.js, --token, ${GITHUB_TOKEN}]\n`,
      secrets: [GITHUB_TOKEN],
      errors: [{ server: 'gh', text: GITHUB_TOKEN }],
    },
  ],
});

runRuleTests(credentialsInUrl, {
  valid: [{ name: 'Continue: a URL without credentials', host: 'continue', code: `${CONTINUE_HEAD}  - name: a\n    url: https://example.com/mcp\n` }],
  invalid: [
    {
      name: 'Codex: a password in the server URL',
      host: 'codex',
      code: `[mcp_servers.db]\nurl = "https://admin:${PASSWORD}@mcp.example.com/mcp"\n`,
      secrets: [PASSWORD],
      errors: [{ server: 'db', text: PASSWORD, line: 2 }],
    },
    {
      name: 'Continue: a password in the server URL becomes ${{ secrets.NAME }}',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: db\n    url: https://admin:${PASSWORD}@mcp.example.com/mcp\n`,
      secrets: [PASSWORD],
      errors: [{ server: 'db', text: PASSWORD, line: 6 }],
      output: `${CONTINUE_HEAD}  - name: db\n    url: https://admin:\${{ secrets.DB_PASSWORD }}@mcp.example.com/mcp\n`,
    },
  ],
});

runRuleTests(broadFilesystemAccess, {
  valid: [{ name: 'Codex: a project folder', host: 'codex', servers: { fs: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/home/dev/code/app'] } } }],
  invalid: [
    {
      name: 'Goose: the whole disk',
      host: 'goose',
      code: 'extensions:\n  fs:\n    type: stdio\n    cmd: npx\n    args:\n      - -y\n      - "@modelcontextprotocol/server-filesystem@2025.7.1"\n      - /\n',
      errors: [{ server: 'fs', text: '/', line: 8 }],
    },
    {
      name: 'Continue: a home folder',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: fs\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/Users/dev"]\n`,
      errors: [{ server: 'fs', text: '/Users/dev' }],
    },
  ],
});

runRuleTests(dangerousEnvOverride, {
  valid: [{ name: 'Goose: an ordinary variable', host: 'goose', code: 'extensions:\n  a:\n    type: stdio\n    cmd: node\n    envs: { LOG_LEVEL: debug }\n' }],
  invalid: [
    {
      name: 'Goose: LD_PRELOAD in envs',
      host: 'goose',
      code: 'extensions:\n  a:\n    type: stdio\n    cmd: node\n    envs:\n      LD_PRELOAD: /tmp/hook.so\n',
      errors: [{ server: 'a', line: 6 }],
    },
    {
      name: 'Codex: NODE_OPTIONS in env',
      host: 'codex',
      code: '[mcp_servers.a]\ncommand = "node"\nenv = { NODE_OPTIONS = "--require /tmp/hook.js" }\n',
      errors: [{ server: 'a', line: 3 }],
    },
  ],
});

runRuleTests(insecureTransport, {
  valid: [{ name: 'Codex: https', host: 'codex', servers: { a: { url: 'https://example.com/mcp' } } }],
  invalid: [
    {
      name: 'Goose: plain http to a remote host',
      host: 'goose',
      code: 'extensions:\n  a:\n    type: streamable_http\n    uri: http://mcp.example.com/mcp\n',
      errors: [{ server: 'a', line: 4 }],
    },
    {
      name: 'Codex: plain http to a remote host',
      host: 'codex',
      code: '[mcp_servers.a]\nurl = "http://mcp.example.com/mcp"\n',
      errors: [{ server: 'a', line: 2 }],
    },
  ],
});

runRuleTests(autoApprove, {
  valid: [{ name: 'Codex: approval on request', host: 'codex', code: 'approval_policy = "on-request"\n\n[mcp_servers.a]\ncommand = "node"\n' }],
  invalid: [
    {
      name: 'Codex: approval_policy = "never"',
      host: 'codex',
      code: '# yolo\napproval_policy = "never"\n\n[mcp_servers.a]\ncommand = "node"\n',
      errors: [{ text: 'approval_policy', line: 2, severity: 'error' }],
      output: '# yolo\n\n[mcp_servers.a]\ncommand = "node"\n',
    },
  ],
});

runRuleTests(unknownField, {
  valid: [
    { name: 'Codex: documented fields', host: 'codex', servers: { a: { command: 'node', env_vars: ['X'], startup_timeout_sec: 20, enabled_tools: ['read'] } } },
    { name: 'Goose: documented fields', host: 'goose', code: 'extensions:\n  a:\n    type: stdio\n    cmd: node\n    envs: {}\n    env_keys: []\n    timeout: 300\n    bundled: false\n    enabled: true\n' },
  ],
  invalid: [
    {
      name: 'Goose: env is spelled envs here',
      host: 'goose',
      code: 'extensions:\n  a:\n    type: stdio\n    cmd: node\n    env: { A: "1" }\n',
      errors: [{ server: 'a', text: 'env', line: 5 }],
    },
    {
      name: 'Codex: headers is http_headers here',
      host: 'codex',
      code: '[mcp_servers.a]\nurl = "https://example.com/mcp"\nheaders = { X = "1" }\n',
      errors: [{ server: 'a', text: 'headers', line: 3 }],
    },
  ],
});

runRuleTests(missingCommandOrUrl, {
  valid: [{ name: 'Continue: a command', host: 'continue', code: `${CONTINUE_HEAD}  - name: a\n    command: node\n` }],
  invalid: [
    {
      name: 'Continue: neither command nor url',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: a\n    args: [x]\n`,
      errors: [{ server: 'a' }],
    },
    {
      name: 'Codex: an empty table',
      host: 'codex',
      code: '[mcp_servers.empty]\n',
      errors: [{ server: 'empty' }],
    },
  ],
});

runRuleTests(invalidTransport, {
  valid: [
    { name: 'Goose: streamable_http', host: 'goose', code: 'extensions:\n  a:\n    type: streamable_http\n    uri: https://example.com/mcp\n' },
    { name: 'Continue: streamable-http', host: 'continue', code: `${CONTINUE_HEAD}  - name: a\n    type: streamable-http\n    url: https://example.com/mcp\n` },
  ],
  invalid: [
    {
      name: 'Goose: an unknown type',
      host: 'goose',
      code: 'extensions:\n  a:\n    type: websocket\n    uri: https://example.com/mcp\n',
      errors: [{ server: 'a', text: 'websocket' }],
    },
    {
      name: 'Goose: sse, which Goose refuses to start',
      host: 'goose',
      code: 'extensions:\n  a:\n    type: sse\n    uri: https://example.com/sse\n',
      errors: [{ server: 'a', text: 'sse', message: 'streamable_http' }],
    },
  ],
});

runRuleTests(wrongVariableSyntax, {
  valid: [
    { name: 'Continue: ${{ secrets.NAME }}', host: 'continue', code: `${CONTINUE_HEAD}  - name: gh\n    command: node\n    env:\n      TOKEN: \${{ secrets.TOKEN }}\n` },
    { name: 'Goose: ${NAME} in a header (Goose substitutes it)', host: 'goose', code: 'extensions:\n  api:\n    type: streamable_http\n    uri: https://example.com/mcp\n    headers:\n      Authorization: Bearer ${API_TOKEN}\n    env_keys: [API_TOKEN]\n' },
  ],
  invalid: [
    {
      name: 'Codex: "${NAME}" is passed literally; the fix lists NAME in env_vars',
      host: 'codex',
      code: '[mcp_servers.gh]\ncommand = "node"\nenv = { GITHUB_TOKEN = "${GITHUB_TOKEN}" }\n',
      errors: [{ server: 'gh', message: 'env_vars', text: '${GITHUB_TOKEN}', line: 3 }],
      output: '[mcp_servers.gh]\ncommand = "node"\nenv = {}\nenv_vars = ["GITHUB_TOKEN"]\n',
    },
    {
      name: 'Continue: ${NAME} becomes ${{ secrets.NAME }}',
      host: 'continue',
      code: `${CONTINUE_HEAD}  - name: gh\n    command: node\n    env:\n      GITHUB_TOKEN: \${GITHUB_TOKEN}\n`,
      errors: [{ server: 'gh', text: '${GITHUB_TOKEN}', line: 8 }],
      output: `${CONTINUE_HEAD}  - name: gh\n    command: node\n    env:\n      GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n`,
    },
  ],
});
