/**
 * Codex keeps per-folder trust in `[projects."<path>"] trust_level = "trusted"`. A trusted folder runs with the relaxed
 * defaults (writable workspace, fewer approval prompts) and its `.codex/config.toml` is loaded with its MCP servers:
 * trusting `/` or the home folder hands all of that to the whole disk or every file you own.
 */
import { propertiesOf, spanOfNode, valueOf } from '../parse/nodes';
import { withLazyEdits } from '../findings/fix';
import { defineRule } from './rule';

export const codexBroadProjectTrust = defineRule({
  meta: {
    id: 'codex-broad-project-trust',
    description: 'Codex trusts the root folder or the home folder as a project',
    category: 'consent',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    if (context.host.id !== 'codex') return;
    const projects = config.rootFields.find((entry) => entry.key === 'projects')?.value.node;
    const home = homeOf(context.filePath, config.scope);
    for (const project of propertiesOf(projects)) {
      const trust = valueOf(project.valueNode, 'trust_level');
      if (trust?.type !== 'string' || String(trust.value).toLowerCase() !== 'trusted') continue;
      const what = broadness(project.key, home);
      if (!what) continue;
      context.report({
        message: `Codex trusts ${JSON.stringify(project.key)} (${what}) as a project: started there, Codex treats all of it as its writable workspace with fewer approval prompts, and loads MCP servers from a .codex/config.toml in it. Trust individual project folders instead`,
        span: spanOfNode(project.keyNode),
        path: ['projects', project.key],
        confidence: 'high',
        discriminator: project.key,
        related: [{ span: spanOfNode(trust), message: 'trust_level = "trusted"' }],
        fixes: [withLazyEdits({
          title: `Set trust_level = "untrusted" for ${JSON.stringify(project.key)}`,
          safe: false,
        }, () => context.document.editor().setValue(['projects', project.key, 'trust_level'], 'untrusted'))],
      });
    }
  },
});

/** The home folder of a user-level `~/.codex/config.toml`, from its own path. */
function homeOf(filePath: string, scope: string): string | undefined {
  if (scope !== 'user') return undefined;
  return /^(.*)\/\.codex\/config\.toml$/i.exec(filePath)?.[1];
}

/** Why a trusted path is too broad, or undefined when it is a normal project folder. */
export function broadness(rawPath: string, home: string | undefined): string | undefined {
  const path = rawPath.replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
  const lower = path.toLowerCase();
  if (path === '/' || path === '' || /^[a-z]:\/?$/i.test(path)) return 'the whole disk';
  if (path === '~' || path === '$HOME' || path === '${HOME}') return 'your home folder';
  if (home && lower === home.toLowerCase()) return 'your home folder';
  if (/^\/(users|home)\/[^/]+$/.test(lower) || /^[a-z]:\/users\/[^/]+$/.test(lower) || lower === '/root' || lower === '/var/root') return 'a whole home folder';
  if (/^\/(users|home)$/.test(lower) || /^[a-z]:\/users$/.test(lower)) return "every user's home folder";
  if (home && home.toLowerCase().startsWith(`${lower}/`)) return 'a folder that contains your home folder';
  return undefined;
}
