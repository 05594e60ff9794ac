/** The grammar of each package launcher: how it is invoked, which flags take values, where the package is. */
import type { LaunchToken, Launcher } from './launch-spec';

export interface LauncherGrammar {
  readonly launcher: Launcher;
  readonly ecosystem: 'npm' | 'pypi' | 'oci' | 'deno';
  /** Returns how many tokens the invocation takes (`npx` 1, `npm exec` 2, `uv tool run` 3), or undefined. */
  match(program: string, tokens: readonly LaunchToken[]): number | undefined;
  /** Flags followed by a separate value word (or `--flag=value`); a set, as docker has about a hundred. */
  readonly valueFlags: ReadonlySet<string>;
  readonly autoYesFlags: readonly string[];
  /** Flags whose value is the package to run (`npx -p pkg bin`). */
  readonly packageFlags: readonly string[];
  /** Flags whose value is the package the command comes from (`uvx --from pkg cmd`). */
  readonly fromFlags: readonly string[];
  /** Flags whose value is an extra package (`uvx --with pkg`). */
  readonly withFlags: readonly string[];
}

const word = (tokens: readonly LaunchToken[], index: number): string => tokens[index]?.value.toLowerCase() ?? '';

const NPM_VALUE_FLAGS = new Set(['-p', '--package', '-c', '--call', '--registry', '--cache', '--userconfig', '--prefix', '--node-options', '--shell', '-w', '--workspace', '--script-shell']);
const UV_VALUE_FLAGS = new Set([
  '--from', '--with', '--with-editable', '--with-requirements', '--python', '-p', '--index', '--index-url', '--default-index',
  '--extra-index-url', '--find-links', '-f', '--constraint', '-c', '--constraints', '--override', '--overrides', '--build-constraint',
  '--cache-dir', '--directory', '--project', '--config-file', '--refresh-package', '--reinstall-package', '--upgrade-package', '-P',
  '--exclude-newer', '--prerelease', '--resolution', '--index-strategy', '--keyring-provider', '--python-platform', '--color',
  '--allow-insecure-host', '--env-file', '--link-mode', '--compile-bytecode-package',
]);
const DOCKER_VALUE_FLAGS = new Set([
  '-e', '--env', '--env-file', '-v', '--volume', '--mount', '--name', '-p', '--publish', '--network', '--net', '-w', '--workdir',
  '-u', '--user', '--entrypoint', '-l', '--label', '--label-file', '--platform', '--pull', '--cap-add', '--cap-drop', '--device',
  '--add-host', '--dns', '--dns-search', '--dns-option', '-h', '--hostname', '-m', '--memory', '--memory-swap', '--cpus',
  '--cpu-shares', '-c', '--cpuset-cpus', '--restart', '--log-driver', '--log-opt', '--security-opt', '--tmpfs', '--ulimit',
  '--runtime', '--ipc', '--pid', '--uts', '--userns', '--cgroupns', '--gpus', '--shm-size', '--stop-signal', '--stop-timeout',
  '--health-cmd', '--health-interval', '--health-retries', '--health-timeout', '--health-start-period', '--expose', '--group-add',
  '--volumes-from', '--link', '--ip', '--ip6', '--mac-address', '--network-alias', '--cidfile', '--detach-keys', '--attach', '-a',
  '--storage-opt', '--sysctl', '--isolation', '--kernel-memory', '--oom-score-adj', '--pids-limit', '--blkio-weight',
  '--device-read-bps', '--device-write-bps', '--annotation', '--domainname', '--init-path', '--secret', '--arch', '--os', '--variant',
]);

export const LAUNCHER_GRAMMARS: readonly LauncherGrammar[] = [
  {
    launcher: 'npx', ecosystem: 'npm',
    match: (program) => (program === 'npx' ? 1 : undefined),
    valueFlags: NPM_VALUE_FLAGS, autoYesFlags: ['-y', '--yes'], packageFlags: ['-p', '--package'], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'npm-exec', ecosystem: 'npm',
    match: (program, tokens) => (program === 'npm' && ['exec', 'x'].includes(word(tokens, 1)) ? 2 : undefined),
    valueFlags: NPM_VALUE_FLAGS, autoYesFlags: ['-y', '--yes'], packageFlags: ['-p', '--package'], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'bunx', ecosystem: 'npm',
    match: (program, tokens) => (program === 'bunx' ? 1 : program === 'bun' && word(tokens, 1) === 'x' ? 2 : undefined),
    valueFlags: new Set(['-p', '--package', '--registry']), autoYesFlags: [], packageFlags: ['-p', '--package'], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'pnpm-dlx', ecosystem: 'npm',
    match: (program, tokens) => (program === 'pnpm' && word(tokens, 1) === 'dlx' ? 2 : program === 'pnpx' ? 1 : undefined),
    valueFlags: new Set(['--package', '--allow-build', '--registry']), autoYesFlags: [], packageFlags: ['--package'], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'yarn-dlx', ecosystem: 'npm',
    match: (program, tokens) => (program === 'yarn' && word(tokens, 1) === 'dlx' ? 2 : undefined),
    valueFlags: new Set(['-p', '--package']), autoYesFlags: [], packageFlags: ['-p', '--package'], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'uvx', ecosystem: 'pypi',
    match: (program) => (program === 'uvx' ? 1 : undefined),
    valueFlags: UV_VALUE_FLAGS, autoYesFlags: [], packageFlags: [], fromFlags: ['--from'], withFlags: ['--with'],
  },
  {
    launcher: 'uv-tool-run', ecosystem: 'pypi',
    match: (program, tokens) =>
      program === 'uv' && word(tokens, 1) === 'tool' && ['run', 'uvx'].includes(word(tokens, 2)) ? 3
      : program === 'uv' && word(tokens, 1) === 'x' ? 2 : undefined,
    valueFlags: UV_VALUE_FLAGS, autoYesFlags: [], packageFlags: [], fromFlags: ['--from'], withFlags: ['--with'],
  },
  {
    launcher: 'pipx-run', ecosystem: 'pypi',
    match: (program, tokens) => (program === 'pipx' && word(tokens, 1) === 'run' ? 2 : undefined),
    valueFlags: new Set(['--spec', '--python', '--pip-args', '--index-url']), autoYesFlags: [], packageFlags: [], fromFlags: ['--spec'], withFlags: [],
  },
  {
    launcher: 'docker-run', ecosystem: 'oci',
    match: (program, tokens) => containerRun(program, tokens, 'docker'),
    valueFlags: DOCKER_VALUE_FLAGS, autoYesFlags: [], packageFlags: [], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'podman-run', ecosystem: 'oci',
    match: (program, tokens) => containerRun(program, tokens, 'podman'),
    valueFlags: DOCKER_VALUE_FLAGS, autoYesFlags: [], packageFlags: [], fromFlags: [], withFlags: [],
  },
  {
    launcher: 'deno', ecosystem: 'deno',
    match: (program, tokens) => (program === 'deno' && ['run', 'x'].includes(word(tokens, 1)) ? 2 : program === 'dx' ? 1 : undefined),
    valueFlags: new Set(['--config', '-c', '--import-map', '--lock', '--cert', '--location', '--seed', '--env-file', '--ext']),
    autoYesFlags: [], packageFlags: [], fromFlags: [], withFlags: [],
  },
];

function containerRun(program: string, tokens: readonly LaunchToken[], engine: string): number | undefined {
  if (program !== engine) return undefined;
  if (word(tokens, 1) === 'run') return 2;
  if (word(tokens, 1) === 'container' && word(tokens, 2) === 'run') return 3;
  return undefined;
}
