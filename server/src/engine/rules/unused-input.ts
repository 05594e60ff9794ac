/** An `inputs` entry that no server references is dead configuration, often left behind after a secret was moved. */
import { withLazyEdits } from '../findings/fix';
import { defineRule } from './rule';
import { inputReferences } from './undefined-input';

export const unusedInput = defineRule({
  meta: {
    id: 'unused-input',
    description: 'an inputs entry is declared but never referenced',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    if (!context.host.capabilities.secretInputs || config.inputs.length === 0) return;
    const used = new Set(inputReferences(config, context.document).map((r) => r.ref.name));
    const seen = new Set<string>();
    for (const input of config.inputs) {
      const id = input.id.value;
      if (used.has(id) || seen.has(id)) continue;
      seen.add(id);
      context.report({
        message: `input "${id}" is declared but no server uses "\${input:${id}}"`,
        span: input.id.span,
        path: input.path,
        confidence: 'high',
        discriminator: `${id}@${input.id.span.offset}`,
        fixes: [withLazyEdits({ title: `Remove input "${id}"`, safe: false }, () => context.document.editor().remove(input.path))],
      });
    }
  },
});
