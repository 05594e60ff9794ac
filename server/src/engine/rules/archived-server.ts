/** Archived and deprecated servers get no fixes, security fixes included; their successor is named and one fix switches to it. */
import { knownServerByPackage, knownServerByUrl, type KnownServer } from '../data/known-servers';
import type { Fix } from '../findings/fix';
import { renameEdits } from '../supply-chain/pin-edit';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { successorOf } from '../supply-chain/successors';
import { defineRule } from './rule';

const STATUS_TEXT: Readonly<Record<string, string>> = {
  archived: 'is archived and gets no fixes, security fixes included',
  deprecated: 'is deprecated by its publisher and no longer updated',
  renamed: 'was renamed; the old name gets no new releases',
};

export const archivedServer = defineRule({
  meta: {
    id: 'archived-server',
    description: 'a server is archived, deprecated or renamed; its successor should be used',
    category: 'supply-chain',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
  },
  checkServer(server, context) {
    for (const { ref } of launchedPackages(server)) {
      const known = knownServerByPackage(ref.ecosystem, ref.name);
      if (!known || !STATUS_TEXT[known.status]) continue;
      const successor = successorOf(known);
      const edits = successor && successor.ecosystem === ref.ecosystem ? renameEdits(ref, successor.package, false) : undefined;
      const fixes: Fix[] = successor && edits
        ? [{ title: `Switch to ${successor.package}`, safe: false, edits, note: `${successor.note} Check its arguments and environment variables, then pin a version.` }]
        : [];
      context.report({
        message: messageOf(ref.name, known),
        span: ref.nameSpan,
        severity: known.status === 'renamed' ? 'info' : 'warning',
        confidence: 'high',
        server: server.name,
        discriminator: packageDiscriminator(ref),
        fixes,
      });
    }
    const url = server.url;
    if (url && typeof url.value === 'string') {
      const known = knownServerByUrl(url.value);
      if (known && STATUS_TEXT[known.status]) {
        context.report({ message: messageOf(url.value, known), span: url.node ? { offset: url.node.offset, length: url.node.length } : server.nameSpan, confidence: 'medium', server: server.name, discriminator: 'url' });
      }
    }
  },
});

function messageOf(name: string, known: KnownServer): string {
  const successor = successorOf(known);
  const next = successor ? `Use ${successor.package} instead${successor.ecosystem !== 'npm' && successor.ecosystem !== known.ecosystem ? ` (${successor.ecosystem === 'oci' ? 'a container image' : successor.ecosystem === 'pypi' ? 'run with uvx' : successor.ecosystem})` : ''}.`
    : known.successor && !/^none\b/i.test(known.successor) ? `Its replacement: ${known.successor}.`
    : 'No successor is named; consider removing it.';
  return `"${name}" ${STATUS_TEXT[known.status] ?? 'is no longer maintained'}. ${next}`;
}
