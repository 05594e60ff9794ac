/** Classifies a folder given to a server (an argument or a container mount) by how much of the machine it opens up. */

export type RootBreadth = 'disk' | 'home' | 'secrets';

export interface BroadRoot {
  readonly breadth: RootBreadth;
  /** "the whole disk", "your whole home folder", "the credentials folder ~/.ssh". */
  readonly description: string;
}

const HOME_REFERENCES = /^(~|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\$\{userHome\}|%USERPROFILE%|%HOMEPATH%|\$\{env:USERPROFILE\}|\$env:USERPROFILE|\$\{HOMEPATH\})$/i;
const HOME_DIRS = /^(\/Users\/[^/]+|\/home\/[^/]+|\/root|[A-Za-z]:[\\/]+Users[\\/]+[^\\/]+|\/mnt\/[a-z]\/Users\/[^/]+)$/i;
/** Folders holding credentials: opening them to a model is opening the keys. */
const SECRET_FOLDERS = /^(\.ssh|\.aws|\.gnupg|\.kube|\.docker|\.azure|\.config\/gcloud|\.config\/gh|\.password-store|\.netrc|\.npmrc|\.pypirc|\.git-credentials|Library\/Keychains|AppData\/Roaming\/Microsoft\/Credentials)(\/.*)?$/i;

/** A broad root, or undefined for a folder that is narrow enough (a project, a sub-folder of home). */
export function classifyRoot(raw: string): BroadRoot | undefined {
  const value = raw.trim().replace(/^["']|["']$/g, '');
  if (value === '') return undefined;
  const path = value.replace(/\\/g, '/').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/*' || path === '/**') return { breadth: 'disk', description: 'the whole disk (/)' };
  if (/^[A-Za-z]:\/?$/.test(path) || /^[A-Za-z]:\/\*$/.test(path)) return { breadth: 'disk', description: `the whole drive ${path.slice(0, 2).toUpperCase()}\\` };
  if (/^\/(etc|var|usr|opt|Users|home|Volumes|mnt)$/i.test(path)) return { breadth: 'disk', description: `the system folder ${path}` };
  const homeRest = splitHome(path);
  if (homeRest !== undefined) {
    if (homeRest === '' || homeRest === '*') return { breadth: 'home', description: `your whole home folder (${value})` };
    if (SECRET_FOLDERS.test(homeRest)) return { breadth: 'secrets', description: `the credentials folder ${value}` };
    return undefined;
  }
  if (/^\/etc\/(ssl\/private|shadow|sudoers)/.test(path)) return { breadth: 'secrets', description: `the system secrets ${value}` };
  return undefined;
}

/** The part after a home folder reference (`~/.ssh` -> `.ssh`, `/Users/ann` -> ``), or undefined when not under home. */
function splitHome(path: string): string | undefined {
  const first = path.split('/')[0] ?? '';
  if (HOME_REFERENCES.test(first)) return path.slice(first.length).replace(/^\//, '');
  const home = /^(\/Users\/[^/]+|\/home\/[^/]+|\/root|[A-Za-z]:\/Users\/[^/]+|\/mnt\/[a-z]\/Users\/[^/]+)(\/.*)?$/i.exec(path);
  if (home && HOME_DIRS.test((home[1] ?? '').replace(/\//g, '/'))) return (home[2] ?? '').replace(/^\//, '');
  return undefined;
}

/** Source folder of a container mount: `-v /src:/dst:ro` or `--mount type=bind,src=/src,dst=/dst`. */
export function mountSource(flag: string, value: string): { source: string; readOnly: boolean } | undefined {
  if (flag === '--mount') {
    const parts = new Map(value.split(',').map((part) => {
      const eq = part.indexOf('=');
      return eq === -1 ? [part.trim(), 'true'] as const : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()] as const;
    }));
    const source = parts.get('source') ?? parts.get('src');
    if (!source) return undefined;
    return { source, readOnly: parts.has('readonly') || parts.has('ro') || parts.get('readonly') === 'true' };
  }
  // `-v C:\data:/data` keeps the drive colon: split on the colon that starts the container path.
  const match = /^((?:[A-Za-z]:)?[^:]*):([^:]+)(?::([a-z,]+))?$/.exec(value);
  if (!match) return undefined;
  return { source: match[1] ?? '', readOnly: /(^|,)ro(,|$)/.test(match[3] ?? '') };
}
