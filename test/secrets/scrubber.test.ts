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

  it('redacts the longest secret at each place, as a plain search would, with shared prefixes and any lengths (500 random cases)', () => {
    const prng = createPrng(11);
    const alphabet = 'gh_p-xob0123';
    const word = (length: number): string => Array.from({ length }, () => prng.pick([...alphabet])).join('');
    const plainScrub = (secrets: readonly string[], text: string): string => {
      const usable = secrets.filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
      let out = '';
      for (let at = 0; at < text.length;) {
        const secret = usable.find((candidate) => text.startsWith(candidate, at));
        if (secret) {
          out += redact(secret);
          at += secret.length;
        } else out += text[at++];
      }
      return out;
    };
    for (let run = 0; run < 500; run++) {
      // A shared prefix (one token format), then short and long tails: some secrets extend others.
      const prefix = word(prng.int(40));
      const secrets = Array.from({ length: 1 + prng.int(8) }, () => `${prefix}${word(prng.int(12))}`);
      const text = Array.from({ length: 1 + prng.int(6) }, () => (prng.int(2) ? prng.pick(secrets) + word(prng.int(3)) : word(prng.int(10)))).join('');
      assert.equal(createScrubber(secrets)(text), plainScrub(secrets, text), `secrets ${JSON.stringify(secrets)}, text ${JSON.stringify(text)}`);
    }
  });

  it('10,000 secrets of one format cost about what 10 do (they once shared one index entry: 350 times slower)', () => {
    const secrets = Array.from({ length: 10_000 }, (_, i) => `${['gh', 'p_'].join('')}${String(i).padStart(6, '0')}a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5`);
    const text = Array.from({ length: 30_000 }, (_, i) => `token ${redact(secrets[i % secrets.length] as string)} of server s${i};`).join('\n');
    // Timed against the same text with ten of the secrets, best of three each: a ratio does not depend on the machine.
    const fastest = (scrub: (text: string) => string): number => Math.min(...[0, 1, 2].map(() => {
      const started = process.hrtime.bigint();
      assert.equal(scrub(text), text, 'redacted forms are not secrets');
      return Number(process.hrtime.bigint() - started) / 1e6;
    }));
    const all = createScrubber(secrets);
    const ratio = fastest(all) / Math.max(1, fastest(createScrubber(secrets.slice(0, 10))));
    assert.equal(all(`a ${secrets[1234]} b`), `a ${redact(secrets[1234] as string)} b`);
    assert.ok(ratio < 20, `10,000 secrets took ${ratio.toFixed(0)} times as long as 10`);
  });
});
