// Writes the JSON schemas in schemas/ (host files VS Code does not know, and .mcp-warden.json) and, in package.json,
// the activation events (host file names), the `mcpWarden.rules` rule list and jsonValidation, from the compiled
// engine (run `npx tsc -b` first).
// Usage: node scripts/generate-schemas.mjs   (test/client/manifest.test.ts fails and names this script when they drift)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits, modify } from 'jsonc-parser';
import { RULE_SETTING_VALUES, SERVER_FIELDS, SCHEMA_HOSTS, activationEvents, hostSchema, policySchema, ruleSettingSchema } from './schemas/schema-parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
let engine;
try {
  engine = require(join(root, 'out/server/src/engine/index.js'));
} catch (error) {
  console.error(`generate-schemas: the compiled engine is missing; run "npx tsc -b" first (${error.message})`);
  process.exit(1);
}
const rules = [...engine.ALL_RULES].map((rule) => rule.meta).sort((a, b) => a.id.localeCompare(b.id));

const write = (file, value) => {
  const path = join(root, 'schemas', file);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  let old = '';
  try { old = readFileSync(path, 'utf8'); } catch { /* new file */ }
  if (old !== text) { writeFileSync(path, text); console.log(`wrote schemas/${file}`); }
};

let missing = 0;
for (const spec of SCHEMA_HOSTS) {
  const host = engine.hostById(spec.host);
  if (!host) throw new Error(`generate-schemas: the engine has no host "${spec.host}"`);
  for (const field of host.knownServerFields) {
    if (!SERVER_FIELDS[field] && !spec.fields?.[field]) { console.error(`no description for ${spec.host} field "${field}" in scripts/schemas/schema-parts.mjs`); missing++; }
  }
  write(spec.file, hostSchema(spec, host.knownServerFields));
}
if (missing) process.exit(1);
write('mcp-warden.schema.json', policySchema(rules));

const manifestPath = join(root, 'package.json');
const manifest = readFileSync(manifestPath, 'utf8');
const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
let updated = applyEdits(manifest, modify(manifest, ['contributes', 'configuration', 'properties', 'mcpWarden.rules', 'properties'],
  ruleSettingSchema(rules), { formattingOptions }));
const jsonValidation = [
  ...SCHEMA_HOSTS.map((spec) => ({ fileMatch: spec.fileMatch, url: `./schemas/${spec.file}` })),
  { fileMatch: ['**/.mcp-warden.json'], url: './schemas/mcp-warden.schema.json' },
];
updated = applyEdits(updated, modify(updated, ['contributes', 'jsonValidation'], jsonValidation, { formattingOptions }));
updated = applyEdits(updated, modify(updated, ['activationEvents'], activationEvents(engine.ALL_HOSTS), { formattingOptions }));
if (updated !== manifest) { writeFileSync(manifestPath, updated); console.log('updated package.json (activationEvents, mcpWarden.rules, jsonValidation)'); }
console.log(`${rules.length} rules, ${SCHEMA_HOSTS.length} host schemas, values ${RULE_SETTING_VALUES.join('|')}`);
