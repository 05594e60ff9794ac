// Bundles the entry points into dist/: the CLI, the language server and the VS Code client (one file each).
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
].filter((entry) => existsSync(entry.in));

for (const entry of entries) {
  const options = {
    entryPoints: { [entry.out]: entry.in },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    // jsonc-parser's UMD main uses a dynamic require that esbuild cannot follow; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: !production,
    external: entry.external ?? [],
    banner: entry.banner ? { js: entry.banner } : undefined,
    logLevel: 'warning',
    legalComments: 'none',
  };
  if (watch) await (await context(options)).watch();
  else await build(options);
}
