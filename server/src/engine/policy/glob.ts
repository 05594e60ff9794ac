/** A small glob matcher (`**`, `*`, `?`) for policy `file` entries; linear in the path length for typical patterns. */

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** Whether `path` (absolute or relative, `/`-separated) matches `glob` relative to `baseDir`. */
export function matchesGlob(path: string, glob: string, baseDir: string | undefined): boolean {
  const normalized = path.replace(/\\/g, '/');
  const base = baseDir?.replace(/\\/g, '/').replace(/\/+$/, '');
  const relative = base && normalized.startsWith(base + '/') ? normalized.slice(base.length + 1) : normalized;
  const pattern = globToRegExp(glob.replace(/^\.\//, ''));
  return pattern.test(relative) || (!glob.includes('/') && pattern.test(relative.split('/').pop() ?? relative));
}
