/** A package known to be malicious (or a suspected name squat) must not run at all, whatever the version. */
import { knownServerByPackage } from '../data/known-servers';
import { advisoriesForPackage, advisoryLabel } from '../supply-chain/advisories';
import { launchedPackages, packageDiscriminator } from '../supply-chain/server-packages';
import { defineRule } from './rule';

export const maliciousPackage = defineRule({
  meta: {
    id: 'malicious-package',
    description: 'a launched package is known to be malicious or a suspected name squat',
    category: 'supply-chain',
    defaultSeverity: 'error',
  },
  checkServer(server, context) {
    for (const { ref } of launchedPackages(server)) {
      const known = knownServerByPackage(ref.ecosystem, ref.name);
      const malware = advisoriesForPackage(ref.ecosystem, ref.name).filter((advisory) => advisory.kind === 'malware');
      if (known?.status === 'malicious' || malware.length > 0) {
        const advisory = malware[0];
        const what = advisory ? ` (${advisoryLabel(advisory)}): ${advisory.summary.replace(/\.$/, '')}` : `: ${firstSentence(known?.notes ?? '')}`;
        context.report({
          message: `"${ref.name}" is a known malicious package${what}. Remove this server and rotate every credential it was given.`,
          span: ref.nameSpan,
          confidence: 'high',
          server: server.name,
          discriminator: packageDiscriminator(ref),
        });
      } else if (known?.status === 'suspicious') {
        context.report({
          message: `"${ref.name}" is a suspected name squat: ${firstSentence(known.notes)}. Check who publishes it before running it.`,
          span: ref.nameSpan,
          severity: 'warning',
          confidence: 'medium',
          server: server.name,
          discriminator: packageDiscriminator(ref),
        });
      }
    }
  },
});

function firstSentence(text: string): string {
  const match = /^(.*?[.!?])(\s|$)/.exec(text);
  return (match?.[1] ?? text).replace(/[.!?]$/, '');
}
