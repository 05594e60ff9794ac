/**
 * The first rule of MCP configs: never commit one that holds secrets. When the adapter reports that the file is tracked
 * by git (or sits in a repository without being ignored), every secret finding in it is raised to error, and this rule
 * adds one file-level finding that says what is exposed and how to stop it.
 */
import type { Fix } from '../findings/fix';
import { findSecrets, reportable } from '../secrets/find-secrets';
import { redact } from '../secrets/redact';
import { isExposed, placeOf } from '../secrets/report-secret';
import { defineRule } from './rule';

/** Scopes whose files are personal: ignoring them in git loses nothing the team needs. */
const PERSONAL_SCOPES = new Set(['user', 'local', 'profile']);

export const secretInTrackedFile = defineRule({
  meta: {
    id: 'secret-in-tracked-file',
    description: 'a config holding literal secrets is tracked by git or not git-ignored',
    category: 'secrets',
    defaultSeverity: 'error',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    const exposure = context.exposure;
    if (!exposure || !isExposed(exposure)) return;
    const hits = findSecrets(config, context.document).filter((hit) => reportable(hit, context));
    if (hits.length === 0) return;
    const first = hits[0];
    if (!first) return;
    const anchor = config.blocks[0]?.keySpan ?? first.span;
    const fileName = context.filePath.slice(context.filePath.lastIndexOf('/') + 1);
    const listed = hits.slice(0, 3).map((hit) => `${hit.kind} ${redact(hit.secret)} in ${placeOf(hit)}`).join('; ');
    const more = hits.length > 3 ? `; and ${hits.length - 3} more` : '';
    const count = hits.length === 1 ? '1 literal secret' : `${hits.length} literal secrets`;
    const state = exposure.tracked
      ? `${fileName} is tracked by git and holds ${count} (${listed}${more}): everyone with the repository, and its history, can read them. Rotate them, then move them out of the file`
      : `${fileName} is inside a git repository and not ignored, and holds ${count} (${listed}${more}): the next \`git add\` publishes them. Move them out of the file or ignore it`;
    const personal = PERSONAL_SCOPES.has(config.scope) || context.host.capabilities.envReference === undefined;
    const fixes: Fix[] = personal
      ? [{
          title: `Add ${fileName} to .gitignore`,
          safe: false,
          edits: [],
          externalEdits: [{ path: '.gitignore', appendLines: [`/${fileName}`] }],
          ...(exposure.tracked ? { note: `Also run \`git rm --cached ${fileName}\` so git stops tracking it, and rotate the secrets: they stay in the history.` } : {}),
        }]
      : [];
    context.report({
      message: `${state}.`,
      span: anchor,
      confidence: hits.some((hit) => hit.confidence === 'high') ? 'high' : 'medium',
      related: hits.map((hit) => ({ span: hit.span, message: `${hit.kind} ${redact(hit.secret)}` })),
      secretSpans: hits.map((hit) => hit.span),
      fixes,
    });
  },
});
