/**
 * JSON parsers keep the last of two equal keys, so an earlier server of the same name silently vanishes; across the
 * blocks of one file (`~/.claude.json` user and project blocks) one definition shadows the other.
 */
import type { DocNode } from '../parse/document';
import { propertiesOf, type PropertyView } from '../parse/nodes';
import { defineRule, type RuleContext } from './rule';

export const duplicateServer = defineRule({
  meta: {
    id: 'duplicate-server',
    description: 'a server name is defined twice, so one definition is ignored',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkConfig(config, context) {
    const { lines, host } = context;
    for (const block of config.blocks) {
      const properties = propertiesOf(block.node);
      const lastByName = new Map<string, PropertyView>();
      for (const property of properties) lastByName.set(property.key, property);
      properties.forEach((property, index) => {
        const winner = lastByName.get(property.key);
        if (!winner || winner === property) return;
        const next = properties[index + 1];
        // Counted from the end, so the key of a finding survives the removal of an earlier duplicate.
        const later = properties.slice(index + 1).filter((p) => p.key === property.key).length;
        context.report({
          message: `server "${property.key}" is defined again on line ${lines.positionAt(winner.keyNode.offset).line + 1}; ${host.displayName} keeps only the last definition, so this one is ignored`,
          span: { offset: property.keyNode.offset, length: property.keyNode.length },
          server: property.key,
          confidence: 'high',
          discriminator: `${block.path.join('/')}#${later}`,
          related: [{ span: { offset: winner.keyNode.offset, length: winner.keyNode.length }, message: 'the definition that is used' }],
          fixes: next ? [{ title: `Remove the ignored definition of "${property.key}"`, safe: false, edits: [removalUntil(property.property, next.property)] }] : [],
        });
      });
    }
    reportAcrossBlocks(config.blocks, context);
  },
});

/** The same name in two blocks of one file: both are valid, but one shadows the other where both apply. */
function reportAcrossBlocks(
  blocks: readonly { path: readonly (string | number)[]; node: DocNode; project?: string }[],
  context: RuleContext,
): void {
  if (blocks.length < 2) return;
  const firstSeen = new Map<string, { block: (typeof blocks)[number]; keyNode: DocNode }>();
  for (const block of blocks) {
    const names = new Set<string>();
    for (const property of propertiesOf(block.node)) {
      if (names.has(property.key)) continue;
      names.add(property.key);
      const earlier = firstSeen.get(property.key);
      if (!earlier) {
        firstSeen.set(property.key, { block, keyNode: property.keyNode });
        continue;
      }
      const where = (b: (typeof blocks)[number]): string => (b.project !== undefined ? `the block of project ${b.project}` : `"${b.path.join('.')}"`);
      context.report({
        message: `server "${property.key}" is also defined in ${where(earlier.block)}; where both apply, ${context.host.displayName} uses only one of them (the more local one)`,
        span: { offset: property.keyNode.offset, length: property.keyNode.length },
        server: property.key,
        severity: 'info',
        confidence: 'medium',
        discriminator: `across@${property.keyNode.offset}`,
        related: [{ span: { offset: earlier.keyNode.offset, length: earlier.keyNode.length }, message: 'the other definition' }],
      });
    }
  }
}

/** Removes a property and everything up to the next one (its comma and line break), so the object stays valid. */
function removalUntil(property: DocNode, next: DocNode): { offset: number; length: number; content: string } {
  return { offset: property.offset, length: next.offset - property.offset, content: '' };
}
