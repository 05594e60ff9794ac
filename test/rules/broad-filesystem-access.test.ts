import { broadFilesystemAccess } from '../../server/src/engine/rules/broad-filesystem-access';
import { runRuleTests } from '../helpers/rule-tester';

const fs = (...roots: string[]): Record<string, unknown> => ({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', ...roots] });
const docker = (...flags: string[]): Record<string, unknown> => ({ command: 'docker', args: ['run', '-i', '--rm', ...flags, 'mcp/filesystem:1.0.2', '/projects'] });

runRuleTests(broadFilesystemAccess, {
  valid: [
    { name: 'a project folder', host: 'cursor', servers: { files: fs('/home/dev/projects/app') } },
    { name: 'the workspace variable', host: 'vscode', servers: { files: fs('${workspaceFolder}') } },
    { name: 'a read-only project mount', host: 'claude-desktop', servers: { files: docker('-v', '/home/dev/projects/app:/projects/app:ro') } },
    { name: 'mcp-server-git with --repository', host: 'cursor', servers: { git: { command: 'uvx', args: ['mcp-server-git==2025.7.1', '--repository', '/home/dev/projects/app'] } } },
    { name: 'a positional "/" of a server that is not a filesystem server', host: 'cursor', servers: { tool: { command: 'npx', args: ['-y', 'some-router@1.0.0', '/'] } } },
  ],
  invalid: [
    {
      name: 'the whole disk, narrowed to ${workspaceFolder} in Cursor',
      host: 'cursor',
      code: '{ "mcpServers": { "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "/"] } } }\n',
      errors: [{ server: 'files', severity: 'error', confidence: 'high', text: '/', message: 'can read and change every file in the whole disk (/)' }],
      output: '{ "mcpServers": { "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "${workspaceFolder}"] } } }\n',
    },
    {
      name: 'a whole home folder in Claude Desktop (no variable to narrow to)',
      host: 'claude-desktop',
      servers: { files: fs('/Users/ann') },
      errors: [{ server: 'files', severity: 'warning', text: '/Users/ann', message: 'your whole home folder (/Users/ann)' }],
    },
    {
      name: 'a credentials folder and ~',
      host: 'vscode',
      servers: { files: fs('~/.ssh', '~') },
      errors: [
        { server: 'files', severity: 'error', text: '~/.ssh', message: 'the credentials folder ~/.ssh' },
        { server: 'files', severity: 'warning', text: '~', message: 'your whole home folder (~)' },
      ],
    },
    {
      name: 'a bind mount of the home folder and the Docker socket',
      host: 'claude-desktop',
      servers: { files: docker('--mount', 'type=bind,src=/home/dev,dst=/projects/home', '-v', '/var/run/docker.sock:/var/run/docker.sock') },
      errors: [
        { server: 'files', text: 'type=bind,src=/home/dev,dst=/projects/home', message: 'bind-mounted into the container' },
        { server: 'files', severity: 'error', text: '/var/run/docker.sock:/var/run/docker.sock', message: 'mounts the Docker socket' },
      ],
    },
    {
      name: 'privileged container on the host network',
      host: 'cursor',
      servers: { kali: { command: 'docker', args: ['run', '-i', '--privileged', '--network', 'host', '--cap-add=NET_ADMIN', 'kalilinux/kali-rolling:2025.2'] } },
      errors: [
        { server: 'kali', severity: 'error', text: '--privileged', message: 'with --privileged' },
        { server: 'kali', severity: 'warning', text: '--network', message: 'on the host network' },
        { server: 'kali', severity: 'error', text: '--cap-add=NET_ADMIN', message: 'extra kernel capabilities' },
      ],
    },
    {
      name: 'mcp-server-git without --repository, fixed in VS Code',
      host: 'vscode',
      servers: { git: { command: 'uvx', args: ['mcp-server-git==2025.7.1'] } },
      errors: [{ server: 'git', confidence: 'medium', text: 'mcp-server-git', message: 'without --repository' }],
    },
  ],
});
