/** The packages a server launches (the main one and `-p` / `--with` extras), with the launch they belong to. */
import { memoizeOnObject } from '../bounded-memo';
import type { LaunchSpec, PackageRef } from '../model/launch-spec';
import type { ServerEntry } from '../model/server-entry';
import { EMPTY_LIST } from '../empty-list';

export interface LaunchedPackage {
  readonly launch: LaunchSpec;
  readonly ref: PackageRef;
  readonly main: boolean;
}

/** Kept with the entry: the eight supply-chain rules each ask for every server. */
export const launchedPackages: (server: ServerEntry) => readonly LaunchedPackage[] = memoizeOnObject(packagesOf);

const NO_PACKAGES: readonly LaunchedPackage[] = EMPTY_LIST;

function packagesOf(server: ServerEntry): readonly LaunchedPackage[] {
  const launch = server.launch;
  if (!launch || (!launch.package && launch.extraPackages.length === 0)) return NO_PACKAGES;
  const packages: LaunchedPackage[] = launch.package ? [{ launch, ref: launch.package, main: true }] : [];
  for (const ref of launch.extraPackages) packages.push({ launch, ref, main: false });
  return packages;
}

/** A stable discriminator for one package of a server (several packages may be reported on one server). */
export function packageDiscriminator(ref: PackageRef): string {
  return `${ref.ecosystem}:${ref.name}`;
}

/** The launcher as a user calls it: `npx`, `uvx`, `docker run`, ... */
export function launcherLabel(launch: LaunchSpec): string {
  const labels: Record<string, string> = {
    npx: 'npx', 'npm-exec': 'npm exec', bunx: 'bunx', 'pnpm-dlx': 'pnpm dlx', 'yarn-dlx': 'yarn dlx', uvx: 'uvx',
    'uv-tool-run': 'uv tool run', 'pipx-run': 'pipx run', 'docker-run': 'docker run', 'podman-run': 'podman run', deno: 'deno',
  };
  return labels[launch.launcher] ?? launch.launcher;
}
