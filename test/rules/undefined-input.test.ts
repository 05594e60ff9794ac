import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedInput } from '../../server/src/engine/rules/undefined-input';
import { lintCase, runRuleTests } from '../helpers/rule-tester';

runRuleTests(undefinedInput, {
  valid: [
    {
      name: 'declared input',
      host: 'vscode',
      servers: { a: { command: 'node', env: { TOKEN: '${input:token}' } } },
      extra: { inputs: [{ type: 'promptString', id: 'token', password: true }] },
    },
    { name: 'hosts without inputs stay silent', host: 'cursor', servers: { a: { command: 'node', env: { T: '${input:token}' } } } },
  ],
  invalid: [
    {
      name: 'missing input gets a password prompt',
      host: 'vscode',
      code: '{\n  "servers": {\n    "gh": { "command": "node", "env": { "GITHUB_TOKEN": "${input:github-token}" } }\n  }\n}\n',
      errors: [{ message: 'no entry in "inputs" declares the id "github-token"', text: '${input:github-token}', line: 3, server: 'gh', severity: 'error' }],
      output: '{\n  "servers": {\n    "gh": { "command": "node", "env": { "GITHUB_TOKEN": "${input:github-token}" } }\n  },\n  "inputs": [\n    {\n      "type": "promptString",\n      "id": "github-token",\n      "description": "github-token for gh",\n      "password": true\n    }\n  ]\n}\n',
    },
    {
      name: 'appends to an existing inputs array; not secret, no password',
      host: 'vscode',
      code: '{ "inputs": [ { "type": "promptString", "id": "a" } ], "servers": { "s": { "command": "node", "args": ["${input:a}", "--dir=${input:folder}"] } } }',
      errors: [{ text: '${input:folder}' }],
      output: '{\n  "inputs": [\n    {\n      "type": "promptString",\n      "id": "a"\n    },\n    {\n      "type": "promptString",\n      "id": "folder",\n      "description": "folder for s"\n    }\n  ],\n  "servers": {\n    "s": {\n      "command": "node",\n      "args": [\n        "${input:a}",\n        "--dir=${input:folder}"\n      ]\n    }\n  }\n}',
    },
    {
      name: 'settings.json mcp key, escaped string keeps the exact span',
      host: 'vscode',
      path: '/repo/.vscode/settings.json',
      code: '{ "mcp": { "servers": { "s": { "command": "node", "args": ["\\u0041${input:api-key}"] } } } }',
      errors: [{ text: '${input:api-key}' }],
    },
    {
      // Servers whose source has no `$` are skipped without a walk: a `$` written as an escape must still be seen.
      name: 'a reference whose $ is an escape, between servers without one',
      host: 'vscode',
      code: '{ "servers": { "a": { "command": "node" }, "b": { "command": "node", "args": ["\\u0024{input:escaped}"] }, "c": { "command": "node" }, "d": { "command": "node", "args": ["${input:plain}"] } } }',
      errors: [{ text: '\\u0024{input:escaped}', server: 'b' }, { text: '${input:plain}', server: 'd' }],
    },
  ],
});

describe('undefined-input fix safety', () => {
  it('declaring a near-miss of a declared id is not safe (fix-all must not lock a typo in)', () => {
    const result = lintCase({
      name: 'typo of a declared id',
      host: 'vscode',
      servers: { db: { command: 'node', env: { PGPASSWORD: '${input:pg-pasword}' } } },
      extra: { inputs: [{ type: 'promptString', id: 'pg-password', password: true }] },
    });
    const finding = result.findings.find((f) => f.ruleId === 'undefined-input');
    assert.ok(finding, 'the typo is reported');
    assert.equal(finding.fixes[0]?.safe, false);
  });
  it('declaring an id unlike any declared one stays safe', () => {
    const result = lintCase({ name: 'new id', host: 'vscode', servers: { db: { command: 'node', env: { T: '${input:token}' } } } });
    assert.equal(result.findings.find((f) => f.ruleId === 'undefined-input')?.fixes[0]?.safe, true);
  });
});
