/** The scrubber every inventory string goes through: no known secret survives, in one pass per text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redact } from '../../server/src/engine/secrets/redact';
import { createScrubber } from '../../server/src/engine/secrets/scrubber';
import { buildFakeSecrets } from '../helpers/fake-secrets';
import { createPrng } from '../helpers/prng';

const fakes = buildFakeSecrets().map((fake) => fake.secret).filter((secret) => secret.length >= 8);

describe('createScrubber', () => {
  it('redacts every occurrence of every secret, and leaves other text alone', () => {
    const [first, second] = fakes as [string, string];
    const scrub = createScrubber([first, second]);
    const text = `a ${first} b ${second}${first} c`;
    assert.equal(scrub(text), `a ${redact(first)} b ${redact(second)}${redact(first)} c`);
    assert.equal(scrub('nothing secret here'), 'nothing secret here');
  });

  it('redacts the longest of secrets that share a start, whole', () => {
    const long = fakes[0] as string;
    const short = long.slice(0, 10);
    assert.equal(createScrubber([short, long])(`x${long}y`), `x${redact(long)}y`);
    assert.equal(createScrubber([short, long])(`x${short}y`), `x${redact(short)}y`);
  });

  it('ignores values too short to be told from words', () => {
    assert.equal(createScrubber(['abc'])('abc abc'), 'abc abc');
  });

  it('leaves no secret in texts built from thousands of secrets and filler', () => {
    const prng = createPrng(7);
    const secrets = Array.from({ length: 3000 }, (_, i) => `${prng.pick(fakes)}${i}`);
    const scrub = createScrubber(secrets);
    for (let round = 0; round < 200; round++) {
      const used = Array.from({ length: 1 + prng.int(5) }, () => prng.pick(secrets));
      const text = used.map((secret) => `${'-'.repeat(prng.int(4))}${secret}`).join(prng.pick([' ', '', '/', '"']));
      const scrubbed = scrub(text);
      for (const secret of used) assert.ok(!scrubbed.includes(secret), `a secret survived in ${JSON.stringify(scrubbed.slice(0, 80))}`);
    }
  });
});
