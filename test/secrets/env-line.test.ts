/**
 * A moved secret must read back unchanged from its env file, by every reader of that file: our own (which decides
 * whether a value is already there), VS Code's envFile parser, dotenv (Node's parseEnv follows it) and a POSIX shell.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseEnv } from 'node:util';
import { envLine, envLineValue } from '../../server/src/engine/index';

/** Values real secrets and passwords take, and the characters each reader treats specially. */
const TRICKY = [
  '', 'plain_Token-1.2+3/4=', 'p@ss w0rd', 'pa$word', '$HOME', '${HOME}', 'a#b', '#start', 'end#', 'it\'s', 'say "hi"',
  'back\\slash', 'ends with \\', '\\n literal', 'tick`tick`', '~root', 'x=~/y', ' padded ', 'tab\there', 'ünïcödé ✓',
  'semi;colon', 'pipe|and&', '(paren)', '*glob?', '!bang', '<>', '{brace}', '[bracket]', 'percent%20', 'comma,sep',
];

/** Values with a single quote and a character one reader expands: no line reads alike everywhere (envLine's last resort). */
function hasCommonForm(value: string): boolean {
  return !(value.includes("'") && /["$`\\\r\n]/.test(value));
}

/** Printable ASCII and a little beyond, weighted towards the characters that matter. */
function randomValues(count: number, seed: number): string[] {
  const alphabet = 'aZ9_-.+/=:@%,~ #$`\'"\\!*?;&|<>(){}[]é';
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 24) }, () => alphabet.charAt(next() % alphabet.length)).join(''));
}

/** VS Code's envFile reading (vs/base/common/envfile.ts), as its behaviour is documented there: cut, trim, unquote. */
function vscodeValue(line: string): string {
  let value = line.slice(line.indexOf('=') + 1).trim();
  let quote = '';
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index);
    if (quote) {
      if (char === quote && value.charAt(index - 1) !== '\\') quote = '';
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char;
    } else if (char === '#') {
      value = value.slice(0, index).trim();
      break;
    }
  }
  const first = value.charAt(0);
  if (value.length >= 2 && first === value.charAt(value.length - 1) && `"'\``.includes(first)) {
    value = value.slice(1, -1);
    if (first === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  }
  return value;
}

const VALUES = [...TRICKY, ...randomValues(400, 7)];

describe('env file lines', () => {
  it('read back as the same value by our own reader, every value', () => {
    for (const value of VALUES) assert.equal(envLineValue(envLine('NAME', value)), value, `line ${JSON.stringify(envLine('NAME', value))}`);
  });

  it('read back as the same value by VS Code and by dotenv whenever a common form exists', () => {
    const common = VALUES.filter(hasCommonForm);
    assert.ok(common.length > 300, 'the random values should mostly have a common form');
    for (const value of common) {
      const line = envLine('NAME', value);
      assert.equal(vscodeValue(line), value, `VS Code reads ${JSON.stringify(line)} differently`);
      // parseEnv trims unquoted values: a bare value never has outer spaces (they are quoted).
      assert.equal(parseEnv(line).NAME, value, `dotenv reads ${JSON.stringify(line)} differently`);
    }
  });

  describe('read back by a POSIX shell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-line-'));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('as `set -a; . ./.mcp.env` does, whenever a common form exists', () => {
      const values = VALUES.filter(hasCommonForm);
      const file = join(dir, '.mcp.env');
      writeFileSync(file, values.map((value, index) => envLine(`V${index}`, value)).join('\n') + '\n');
      const names = values.map((_, index) => `"$V${index}"`).join(' ');
      const printed = execFileSync('sh', ['-c', `set -a; . "$1"; printf '%s\\0' ${names}`, 'sh', file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent-home' } });
      assert.deepEqual(printed.split('\0').slice(0, -1), values);
    });
  });

  it('a value ends at an inline comment, as VS Code and dotenv read it', () => {
    assert.equal(envLineValue('TOKEN=abc123 # the CI token'), 'abc123');
    assert.equal(envLineValue('export TOKEN="a#b" # note'), 'a#b');
    assert.equal(envLineValue("TOKEN='x y'#note"), 'x y');
    assert.equal(envLineValue('TOKEN="C:\\path"'), 'C:\\path');
  });
});
