/** The rule registry: one import per rule, alphabetical. The catalog test checks it against docs and tests. */
import type { Rule } from './rule';
import { archivedServer } from './archived-server';
import { autoApprove } from './auto-approve';
import { broadFilesystemAccess } from './broad-filesystem-access';
import { codexBroadProjectTrust } from './codex-broad-project-trust';
import { codexInlineBearerToken } from './codex-inline-bearer-token';
import { credentialsInUrl } from './credentials-in-url';
import { dangerousEnvOverride } from './dangerous-env-override';
import { duplicateServer } from './duplicate-server';
import { exfiltrationPair } from './exfiltration-pair';
import { insecureTransport } from './insecure-transport';
import { invalidSuppression } from './invalid-suppression';
import { invalidTransport } from './invalid-transport';
import { lethalTrifecta } from './lethal-trifecta';
import { literalSecret } from './literal-secret';
import { lookalikePackage } from './lookalike-package';
import { maliciousPackage } from './malicious-package';
import { missingCommandOrUrl } from './missing-command-or-url';
import { newerReviewedVersion } from './newer-reviewed-version';
import { secretInArgs } from './secret-in-args';
import { secretInTrackedFile } from './secret-in-tracked-file';
import { shellWrapper } from './shell-wrapper';
import { staleReview } from './stale-review';
import { syntaxError } from './syntax-error';
import { undefinedInput } from './undefined-input';
import { unknownField } from './unknown-field';
import { unpinnedPackage } from './unpinned-package';
import { unreviewedVersion } from './unreviewed-version';
import { untrustedContentWithSensitiveAccount } from './untrusted-content-with-sensitive-account';
import { unusedInput } from './unused-input';
import { vulnerableVersion } from './vulnerable-version';
import { wrongRootKey } from './wrong-root-key';
import { wrongVariableSyntax } from './wrong-variable-syntax';

export const ALL_RULES: readonly Rule[] = [
  archivedServer,
  autoApprove,
  broadFilesystemAccess,
  codexBroadProjectTrust,
  codexInlineBearerToken,
  credentialsInUrl,
  dangerousEnvOverride,
  duplicateServer,
  exfiltrationPair,
  insecureTransport,
  invalidSuppression,
  invalidTransport,
  lethalTrifecta,
  literalSecret,
  lookalikePackage,
  maliciousPackage,
  missingCommandOrUrl,
  newerReviewedVersion,
  secretInArgs,
  secretInTrackedFile,
  shellWrapper,
  staleReview,
  syntaxError,
  undefinedInput,
  unknownField,
  unpinnedPackage,
  unreviewedVersion,
  untrustedContentWithSensitiveAccount,
  unusedInput,
  vulnerableVersion,
  wrongRootKey,
  wrongVariableSyntax,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
