/** The engine is pure: it imports nothing of vscode, the language server, or Node's own modules. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ENGINE = join(__dirname, '..', '..', '..', 'server', 'src', 'engine');
const ALLOWED_PACKAGES = new Set(['jsonc-parser', 'semver', '@renovatebot/pep440', 'yaml', 'toml-eslint-parser']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('engine boundary', () => {
  const files = sourceFiles(ENGINE);
  it('has source files', () => assert.ok(files.length > 10));
  for (const file of files) {
    it(`${file.slice(ENGINE.length + 1)} imports only relative modules and allowed packages`, () => {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? '';
        if (specifier.startsWith('.')) continue;
        const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0] ?? '';
        assert.ok(ALLOWED_PACKAGES.has(pkg), `${specifier} is not allowed in the engine`);
      }
      assert.doesNotMatch(text, /\bprocess\.|\brequire\(|\bconsole\./, 'engine code must not touch process, require or console');
    });
  }
  it('compiles without Node types ("types": [])', () => {
    const tsconfig = readFileSync(join(ENGINE, 'tsconfig.json'), 'utf8');
    assert.match(tsconfig, /"types":\s*\[\]/);
  });
});
