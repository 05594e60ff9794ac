import { archivedServer } from '../../server/src/engine/rules/archived-server';
import { configFor } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const run = (command: string, ...args: string[]) => ({ a: { command, args } });

runRuleTests(archivedServer, {
  valid: [
    { name: 'an active server', servers: run('npx', '-y', '@modelcontextprotocol/server-filesystem@2025.8.21') },
    { name: 'the successor itself', servers: run('npx', '-y', '@brave/brave-search-mcp-server@2.0.0') },
    { name: 'an unknown package', servers: run('npx', '-y', 'my-own-mcp@1.0.0') },
  ],
  invalid: [
    {
      name: 'archived Brave server switches to Brave\'s own, dropping the old version',
      servers: run('npx', '-y', '@modelcontextprotocol/server-brave-search@0.6.2'),
      errors: [{ message: /is archived.*Use @brave\/brave-search-mcp-server instead/, severity: 'warning', text: '@modelcontextprotocol/server-brave-search' }],
      output: configFor('vscode', run('npx', '-y', '@brave/brave-search-mcp-server')),
    },
    {
      name: 'archived GitHub server names the image (no cross-launcher fix)',
      servers: run('npx', '-y', '@modelcontextprotocol/server-github'),
      errors: [{ message: 'Use ghcr.io/github/github-mcp-server instead (a container image)' }],
    },
    { name: 'archived Postgres server has no successor', servers: run('npx', '-y', '@modelcontextprotocol/server-postgres'), errors: [{ message: 'No successor is named' }] },
    {
      name: 'archived Puppeteer server',
      servers: run('npx', '-y', '@modelcontextprotocol/server-puppeteer'),
      errors: [{ message: 'Use @playwright/mcp instead' }],
      output: configFor('vscode', run('npx', '-y', '@playwright/mcp')),
    },
    { name: 'archived Slack server', servers: run('npx', '-y', '@modelcontextprotocol/server-slack'), errors: [{ message: 'Use @zencoderai/slack-mcp-server' }] },
    {
      name: 'deprecated AWS Labs PyPI server via uvx @latest',
      host: 'amazon-q',
      servers: run('uvx', 'awslabs.cdk-mcp-server@latest'),
      errors: [{ message: /deprecated.*awslabs.aws-iac-mcp-server/, text: 'awslabs.cdk-mcp-server' }],
      output: configFor('amazon-q', run('uvx', 'awslabs.aws-iac-mcp-server')),
    },
    { name: 'renamed PyPI package is info', servers: run('uvx', 'blender-mcp'), errors: [{ message: 'was renamed', severity: 'info' }] },
    { name: 'archived image alias', servers: run('docker', 'run', '-i', 'mcp/postgres'), errors: [{ message: 'is archived' }] },
  ],
});
