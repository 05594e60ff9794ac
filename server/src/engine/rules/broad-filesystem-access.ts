/**
 * Servers that can reach far more of the machine than their job needs: a filesystem root at `/`, a drive, the whole
 * home folder or a credentials folder (`~/.ssh`, `~/.aws`); containers run privileged, on the host network or PID
 * namespace, with added capabilities or the Docker socket; `mcp-server-git` without `--repository`.
 */
import { capabilitiesOf } from '../capabilities/server-capabilities';
import { classifyRoot } from '../capabilities/filesystem-roots';
import { knownServerFor } from '../capabilities/known-match';
import { rootsOf } from '../capabilities/server-roots';
import { withLazyEdits, type Fix } from '../findings/fix';
import type { LaunchToken } from '../model/launch-spec';
import type { ServerEntry } from '../model/server-entry';
import { defineRule, type RuleContext } from './rule';

const DOCKER_SOCKET = /(^|\/)(var\/)?run\/docker\.sock$|^\/\/\.\/pipe\/docker_engine$/i;

export const broadFilesystemAccess = defineRule({
  meta: {
    id: 'broad-filesystem-access',
    description: 'the server can read (or change) far more of the machine than its job needs',
    category: 'combinations',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    checkRoots(server, context);
    checkContainer(server, context);
    checkGitRepository(server, context);
  },
});

function checkRoots(server: ServerEntry, context: RuleContext): void {
  for (const root of rootsOf(server)) {
    if (root.via === 'mount' && DOCKER_SOCKET.test(root.value.replace(/\\/g, '/'))) {
      context.report({
        message: `"${server.name}" mounts the Docker socket (${root.value}): the container can start other containers with the host's disk mounted, which is root on this machine. Remove the mount.`,
        span: root.span, severity: 'error', confidence: 'high', server: server.name, discriminator: `socket:${root.value}`,
      });
      continue;
    }
    const broad = classifyRoot(root.value);
    if (!broad) continue;
    const verb = root.readOnly || !capabilitiesOf(server).capabilities.has('writes') ? 'read' : 'read and change';
    const inside = root.via === 'mount' ? ' (bind-mounted into the container)' : '';
    const fix = narrowFix(root.arg, server, context);
    context.report({
      message: `"${server.name}" can ${verb} every file in ${broad.description}${inside}${broad.breadth === 'secrets' ? '' : ', including SSH keys, cloud credentials and browser profiles'}: one injected instruction reaches all of it. Give it only the folder it needs, such as the project folder.`,
      span: root.span,
      ...(root.arg ? { path: root.arg.path } : {}),
      severity: broad.breadth === 'home' ? 'warning' : 'error',
      confidence: root.via === 'flag' ? 'medium' : 'high',
      server: server.name,
      discriminator: `root:${root.value}`,
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
}

/** Replaces the root with `${workspaceFolder}` in hosts that expand it. */
function narrowFix(arg: { value: string; span: { offset: number; length: number }; path: readonly (string | number)[] } | undefined, server: ServerEntry, context: RuleContext): Fix | undefined {
  if (!arg || !context.host.capabilities.predefinedVariables.includes('workspaceFolder')) return undefined;
  return {
    title: `Narrow "${server.name}" to \${workspaceFolder}`,
    safe: false,
    edits: [{ offset: arg.span.offset, length: arg.span.length, content: context.document.editor().quote('${workspaceFolder}') }],
    note: 'Add other folders the server really needs one by one.',
  };
}

function checkContainer(server: ServerEntry, context: RuleContext): void {
  const launch = server.launch;
  if (!launch || (launch.launcher !== 'docker-run' && launch.launcher !== 'podman-run')) return;
  const flags = launch.launcherFlags;
  for (let index = 0; index < flags.length; index++) {
    const token = flags[index] as LaunchToken;
    const eq = token.value.indexOf('=');
    const name = eq === -1 || !token.value.startsWith('--') ? token.value : token.value.slice(0, eq);
    const value = eq === -1 || !token.value.startsWith('--') ? flags[index + 1]?.value : token.value.slice(eq + 1);
    const report = (what: string, severity: 'error' | 'warning'): void => context.report({
      message: `"${server.name}" runs its container ${what}. Remove the flag unless the server truly needs it, and say why with a suppression.`,
      span: token.span, severity, confidence: 'high', server: server.name, discriminator: `docker:${token.value}`,
    });
    if (name === '--privileged') report('with --privileged: it gets every device and capability of the host, so escaping to the host is trivial', 'error');
    else if ((name === '--network' || name === '--net') && value === 'host') report(`on the host network (${name} host): it can reach every local service, including ones bound to 127.0.0.1`, 'warning');
    else if (name === '--pid' && value === 'host') report('in the host PID namespace (--pid host): it sees and can signal every process on the machine', 'warning');
    else if (name === '--ipc' && value === 'host') report('in the host IPC namespace (--ipc host)', 'warning');
    else if (name === '--userns' && value === 'host') report('without user-namespace isolation (--userns host)', 'warning');
    else if (name === '--cap-add' && value) report(`with extra kernel capabilities (--cap-add ${value})`, /^(all|sys_admin|sys_ptrace|sys_module|dac_read_search|net_admin)$/i.test(value) ? 'error' : 'warning');
    else if (name === '--security-opt' && value && /unconfined|label[:=]disable/i.test(value)) report(`with its security profile turned off (--security-opt ${value})`, 'warning');
  }
}

function checkGitRepository(server: ServerEntry, context: RuleContext): void {
  const known = knownServerFor(server);
  const launch = server.launch;
  if (known?.server.id !== 'mcp-git' || !launch || launch.launcher === 'docker-run' || launch.launcher === 'podman-run') return;
  if (launch.programArgs.some((token) => /^(--repository|-r)(=|$)/.test(token.value))) return;
  const pkg = launch.package;
  const argsPath = [...server.path, 'args'];
  const plain = server.args.every((arg) => arg.node.type === 'string');
  const fix: Fix | undefined = plain && server.argsNode && context.host.capabilities.predefinedVariables.includes('workspaceFolder')
    ? withLazyEdits({
      title: 'Limit mcp-server-git to ${workspaceFolder}',
      safe: false,
    }, () => context.document.editor().setValue(argsPath, [...server.args.map((arg) => arg.value), '--repository', '${workspaceFolder}']))
    : undefined;
  context.report({
    message: `"${server.name}" runs mcp-server-git without --repository: it opens any repository path the model asks for, anywhere on the disk. Add --repository with the project folder.`,
    span: pkg?.nameSpan ?? server.nameSpan,
    confidence: 'medium',
    server: server.name,
    discriminator: 'git-repository',
    ...(fix ? { fixes: [fix] } : {}),
  });
}
