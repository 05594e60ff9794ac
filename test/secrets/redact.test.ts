/** The redacted forms: a short known prefix and the last characters at most, never most of a secret. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskSpans, redact, redactUrl } from '../../server/src/engine/index';
import { ALL_PREFIXES } from '../../server/src/engine/secrets/formats';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { createPrng } from '../helpers/prng';

describe('redact', () => {
  it('shows at most a public prefix and four random characters of any secret', () => {
    for (const fake of buildFakeSecrets(5)) {
      const redacted = redact(fake.secret);
      const [prefix = '', suffix = ''] = redacted.split('…');
      assert.ok(suffix.length <= 4, `${fake.id}: ${suffix.length} trailing characters shown`);
      assert.ok(prefix.length <= 6 || ALL_PREFIXES.includes(prefix), `${fake.id}: prefix of ${prefix.length} chars is not a format prefix`);
      assert.ok(suffix.length + Math.min(prefix.replace(/\*/g, '').length, 6) < fake.secret.length / 2, `${fake.id}: too much of the secret shown`);
    }
  });

  it('keeps a recognisable prefix and the last four characters of long tokens', () => {
    const token = ['gh', 'p_', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY', 'Wxyz'].join('');
    assert.equal(redact(token), 'ghp_…Wxyz');
  });

  it('masks short values completely', () => {
    assert.equal(redact('hunter2pass'), '***…');
  });

  it('redacts credentials in URLs and leaves the rest readable', () => {
    const password = ['Zq8', 'vLr2', 'pW9xK'].join('');
    const capability = ['mtjjegotu', 'kcsufd', 'uhpxx', 'Z51', 'yc'].join('-');
    assert.equal(redactUrl(`https://deploy:${password}@mcp.example.com/mcp`), 'https://deploy:Zq…xK@mcp.example.com/mcp');
    assert.ok(!redactUrl(`https://mcp.composio.dev/mem0/${capability}?agent=cursor`).includes(capability));
    assert.equal(redactUrl('https://mcp.example.com/mcp?agent=cursor'), 'https://mcp.example.com/mcp?agent=cursor');
  });
});

describe('maskSpans', () => {
  it('masks exactly the characters inside any span, for spans in any order, overlapping or past the text (1,000 random cases)', () => {
    const random = createPrng(7);
    const text = 'abcdefghijklmnopqrstuvwxyz';
    for (let run = 0; run < 1000; run++) {
      const base = random.int(10);
      const spans = Array.from({ length: random.int(6) }, () => ({ offset: random.int(text.length + 15), length: random.int(8) }));
      const expected = [...text].map((char, index) => (spans.some((span) => span.offset <= base + index && base + index < span.offset + span.length) ? '*' : char)).join('');
      assert.equal(maskSpans(text, base, spans), expected, `base ${base}, spans ${JSON.stringify(spans)}`);
    }
  });
});
