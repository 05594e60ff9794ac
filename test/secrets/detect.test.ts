/** Detection of every reference format (fakes built at run time), placeholders and references that must stay silent. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectInString } from '../../server/src/engine/secrets/detect';
import { SECRET_FORMATS } from '../../server/src/engine/secrets/formats';
import { redact } from '../../server/src/engine/secrets/redact';
import { buildFakeSecrets } from '../helpers/fake-secrets';

describe('secret detection', () => {
  const fakes = buildFakeSecrets();

  it('has a fake for every format of the reference data', () => {
    assert.deepEqual(fakes.map((fake) => fake.id).sort(), SECRET_FORMATS.map((format) => format.id).sort());
  });

  for (const fake of fakes) {
    it(`finds ${fake.id} under ${fake.name} and points at the secret`, () => {
      const found = detectInString(fake.value, fake.place === 'url' ? undefined : fake.name);
      assert.equal(found.length, 1, `expected one secret in ${redact(fake.value)}, got ${found.length}`);
      const hit = found[0]!;
      assert.equal(hit.formatId, fake.id, `format of ${redact(fake.value)}`);
      const covered = fake.value.slice(hit.start, hit.end);
      assert.ok(covered.includes(fake.secret), `the span must cover the secret of ${fake.id}`);
      assert.notEqual(hit.confidence, 'low');
    });
  }

  it('finds known formats without any name (bare tokens) with high confidence', () => {
    for (const fake of fakes.filter((f) => f.place === 'env' && f.value === f.secret && !['aws-secret-access-key', 'azure-devops-pat', 'exa', 'postmark', 'twilio', 'jwt', 'brave', 'tavily', 'firecrawl', 'context7'].includes(f.id))) {
      const found = detectInString(fake.value);
      assert.equal(found[0]?.formatId, fake.id, `bare ${fake.id}`);
      assert.equal(found[0]?.confidence, 'high', `bare ${fake.id}`);
    }
  });

  const silent: readonly [string, string | undefined][] = [
    ['${input:github-token}', 'GITHUB_TOKEN'],
    ['${env:GITHUB_TOKEN}', 'GITHUB_TOKEN'],
    ['${GITHUB_TOKEN}', 'GITHUB_TOKEN'],
    ['${GITHUB_TOKEN:-}', 'GITHUB_TOKEN'],
    ['$GITHUB_TOKEN', 'GITHUB_TOKEN'],
    ['${{ secrets.GITHUB_TOKEN }}', 'GITHUB_TOKEN'],
    ['COPILOT_MCP_GITHUB_TOKEN', 'GITHUB_TOKEN'],
    ['Bearer ${input:token}', 'Authorization'],
    ['YOUR_API_KEY', 'OPENAI_API_KEY'],
    ['your-api-key-here', 'API_KEY'],
    ['<token>', 'API_TOKEN'],
    ['<YOUR_TOKEN>', 'API_TOKEN'],
    ['xxxxxxxxxxxxxxxxxxxx', 'API_KEY'],
    ['changeme', 'DB_PASSWORD'],
    ['sk-...', 'OPENAI_API_KEY'],
    ['ntn_****', 'NOTION_TOKEN'],
    ['ghp_your_token_here', 'GITHUB_TOKEN'],
    ['{secret}', 'API_KEY'],
    ['', 'API_KEY'],
    ['/home/me/.config/key.pem', 'PRIVATE_KEY_PATH'],
    ['/Users/me/secrets/token.txt', 'TOKEN'],
    ['https://api.example.com/v1', 'API_URL'],
    ['https://mcp.example.com/mcp?agent=cursor', undefined],
    ['gen-lang-client-0123456789', 'GEMINI_API_KEY'],
    ['{"Authorization": "Bearer ntn_****", "Notion-Version": "2025-09-03" }', 'OPENAPI_MCP_HEADERS'],
    ['true', 'ENABLE_TOKEN_CACHE'],
    ['us-east-1', 'AWS_REGION'],
    ['my-project-123', 'GOOGLE_CLOUD_PROJECT'],
    ['4096', 'MAX_TOKENS'],
  ];
  for (const [value, name] of silent) {
    it(`stays silent on ${JSON.stringify(value)}${name ? ` under ${name}` : ''}`, () => {
      const found = detectInString(value, name).filter((hit) => hit.confidence !== 'low');
      assert.deepEqual(found.map((hit) => hit.kind), []);
    });
  }

  it('grades a secret-like name with a plain value as low confidence (pedantic)', () => {
    assert.equal(detectInString('postgres', 'DB_PASSWORD')[0]?.confidence, 'low');
    assert.equal(detectInString('hunter2', 'API_TOKEN')[0]?.confidence, 'low');
  });

  it('finds secrets inside JSON held in a string, at their exact position', () => {
    const key = buildFakeSecrets(7).find((f) => f.id === 'notion')!.value;
    const value = JSON.stringify({ Authorization: `Bearer ${key}`, 'Notion-Version': '2025-09-03' });
    const [hit] = detectInString(value, 'OPENAPI_MCP_HEADERS');
    assert.equal(value.slice(hit!.start, hit!.end), key);
  });

  it('reads Authorization header values: Bearer, Basic with user:password', () => {
    const basic = ['ZGVwbG95', 'OnMzY3JldC1wYXNz', 'd29yZA=='].join('');
    assert.equal(detectInString(`Basic ${basic}`, 'Authorization')[0]?.kind, 'Basic authentication credentials');
    assert.equal(detectInString(`Basic ${basic}`, 'Authorization')[0]?.confidence, 'high');
  });

  it('finds database passwords in every connection-string scheme', () => {
    for (const scheme of ['postgres', 'postgresql', 'mysql', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp']) {
      const password = ['Zq8', 'vLr2', 'pW9x'].join('');
      const url = `${scheme}://${scheme === 'redis' ? '' : 'app'}:${password}@db.example.com/x`;
      const [hit] = detectInString(url);
      assert.equal(url.slice(hit!.start, hit!.end), password, scheme);
    }
  });
});
