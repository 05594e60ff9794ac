// Packs the .vsix from what is already built (dist/), exactly as `vsce package --no-dependencies` does after its
// prepublish build: same file collection (.vscodeignore), manifest validation and secret scan (vsce exits 1 when it
// finds a secret). Used by the packaging test and the e2e run so they need no second build.
// Usage: node scripts/pack-vsix.mjs [--cwd <extension folder>] [--out <file.vsix>]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name) => { const index = args.indexOf(name); return index >= 0 ? args[index + 1] : undefined; };
const cwd = resolve(value('--cwd') ?? root);
const out = value('--out');

// vsce 3.9's own packaging function (`vsce package` = prepublish + this); pinned in package.json.
const { pack } = createRequire(import.meta.url)(join(root, 'node_modules/@vscode/vsce/out/package.js'));
const { packagePath, files } = await pack({ cwd, dependencies: false, ...(out ? { packagePath: resolve(out) } : {}) });
console.log(`packed ${packagePath} (${files.length} files)`);
