/**
 * An inline suppression must name real rules and say why. One without a reason suppresses nothing, and a misspelt
 * rule id suppresses nothing either, silently: both are reported so the author finds out.
 */
import { readInlineSuppressions } from '../policy/inline-suppressions';
import { closestMatch } from '../text/edit-distance';
import { defineRule } from './rule';

const MARKER = 'mcp-warden-ignore';

export const invalidSuppression = defineRule({
  meta: {
    id: 'invalid-suppression',
    description: 'an inline mcp-warden-ignore comment lacks a reason, rule ids, or names an unknown rule',
    category: 'policy',
    defaultSeverity: 'warning',
  },
  checkDocument(context) {
    const { document, host, lines, knownRuleIds } = context;
    if (!host.capabilities.comments) return;
    for (const suppression of readInlineSuppressions(document.text, document.comments, lines)) {
      const raw = document.text.slice(suppression.span.offset, suppression.span.offset + suppression.span.length);
      const base = { span: suppression.span, confidence: 'high' as const };
      const bracket = new RegExp(`${MARKER}\\s*\\[`).test(raw);
      if (!bracket) {
        context.report({ ...base, message: `"${MARKER}" must list the rules it suppresses in brackets: // ${MARKER}[rule-id] reason`, discriminator: `format@${suppression.span.offset}` });
        continue;
      }
      if (suppression.ruleIds.length === 0) {
        context.report({ ...base, message: `this ${MARKER} lists no rule id, so it suppresses nothing; name the rules: // ${MARKER}[rule-id] reason`, discriminator: `empty@${suppression.span.offset}` });
      }
      for (const id of suppression.ruleIds) {
        if (knownRuleIds.includes(id)) continue;
        const near = closestMatch(id, knownRuleIds, 3);
        const at = raw.indexOf(id, raw.indexOf('['));
        context.report({
          confidence: 'high',
          span: at >= 0 ? { offset: suppression.span.offset + at, length: id.length } : suppression.span,
          message: `unknown rule id "${id}" in ${MARKER}${near ? `; did you mean "${near.value}"?` : ''}`,
          discriminator: `unknown:${id}@${suppression.span.offset}`,
        });
      }
      if (suppression.ruleIds.length > 0 && suppression.reason === '') {
        context.report({ ...base, message: `${MARKER} without a reason suppresses nothing; say why after the brackets: // ${MARKER}[${suppression.ruleIds.join(', ')}] reason`, discriminator: `reason@${suppression.span.offset}` });
      }
    }
  },
});
