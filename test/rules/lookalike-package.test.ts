import { lookalikePackage } from '../../server/src/engine/rules/lookalike-package';
import { configFor } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });
// Cyrillic small letter es (U+0441) in place of the Latin "c", built at run time so the source stays ASCII.
const CYRILLIC_C = String.fromCharCode(0x0441);

runRuleTests(lookalikePackage, {
  valid: [
    { name: 'a known server never matches itself', servers: run('npx', '-y', '@modelcontextprotocol/server-filesystem') },
    { name: 'known PyPI server written with other separators (PEP 503)', servers: run('uvx', 'MCP_Server.Fetch') },
    { name: 'known image with docker.io prefix', servers: run('docker', 'run', '-i', 'docker.io/mcp/fetch:1.0') },
    { name: 'another product of the same family differs in a short word', servers: run('uvx', 'mcp-server-gis') },
    { name: 'a short name is not compared by edit distance', servers: run('npx', 'nx-mcq') },
    { name: 'an unrelated package', servers: run('npx', '-y', 'tsx', './server.ts') },
    { name: 'a generic word that an official scoped package also uses', servers: run('npx', 'inspector') },
    { name: 'a scope that is not close to the known one', servers: run('npx', '@microsoft/playwright-mcp') },
    { name: 'an unknown package in an owned scope, far from every known name', servers: run('npx', '@modelcontextprotocol/server-sse-client') },
  ],
  invalid: [
    {
      name: 'doubled letter in the official scope (the seed example)',
      servers: run('npx', '-y', '@modelcontextprotocol/server-filesystemm', '/tmp'),
      errors: [{ message: /looks like "@modelcontextprotocol\/server-filesystem".*doubles the letter "m"/, confidence: 'medium', text: '@modelcontextprotocol/server-filesystemm' }],
      output: configFor('vscode', run('npx', '-y', '@modelcontextprotocol/server-filesystem', '/tmp')),
    },
    {
      name: 'scope confusion keeps the version when replaced',
      servers: run('npx', '-y', '@model-context-protocol/server-filesystem@2025.8.21'),
      errors: [{ message: 'scope @model-context-protocol imitates @modelcontextprotocol', confidence: 'high', text: '@model-context-protocol/server-filesystem' }],
      output: configFor('vscode', run('npx', '-y', '@modelcontextprotocol/server-filesystem@2025.8.21')),
    },
    {
      name: 'look-alike scope one letter off',
      servers: run('npx', '@modeicontextprotocol/server-memory'),
      errors: [{ message: /looks like "@modelcontextprotocol\/server-memory"/, text: '@modeicontextprotocol/server-memory' }],
    },
    {
      name: 'unscoped copy of an official scoped name',
      servers: run('npx', '-y', 'server-filesystem'),
      errors: [{ message: 'unscoped copy of the official @modelcontextprotocol/server-filesystem', confidence: 'medium' }],
    },
    { name: 'swapped letters', servers: run('npx', 'chrome-devtools-mpc'), errors: [{ message: /looks like "chrome-devtools-mcp".*swaps two letters/ }] },
    { name: 'PyPI typo with normalisation', servers: run('uvx', 'mcp_server_fecth'), errors: [{ message: /looks like "mcp-server-fetch"/, text: 'mcp_server_fecth' }] },
    {
      name: 'homoglyph in an image name',
      servers: run('docker', 'run', '-i', `mcp/fet${CYRILLIC_C}h`),
      errors: [{ message: /looks like "mcp\/fetch".*look-alike Unicode/, confidence: 'high' }],
    },
    { name: 'digit for letter', servers: run('npx', 'm0ngodb-mcp-server'), errors: [{ message: 'looks like "mongodb-mcp-server"', confidence: 'high' }] },
  ],
});
