/** Registry look-ups for pin fixes (npm, PyPI, OCI), shared by the CLI and the language server. */
export { createHttpClient, defaultCacheDir, RegistryError, type HttpClient, type HttpClientOptions } from './http-client';
export { fetchNpmVersions, NPM_DEFAULT_REGISTRY, packumentUrl } from './npm-registry';
export { fetchPypiVersions, PYPI_DEFAULT_REGISTRY } from './pypi-registry';
export { createOciClient, locateImage, parseBearerChallenge } from './oci-registry';
export type { PackageVersions, PublishedVersion } from './package-versions';
export { ageText, chooseVersion, createRegistryResolver, type PinOutcome, type RegistryPin, type RegistryResolver, type RegistryResolverOptions, type RegistryUrls } from './pin-resolver';
export { DEFAULT_COOLDOWN_DAYS, npmRegistryFor, parseNpmrc, parseUvExcludeNewer, workspaceCooldown, type Cooldown } from './workspace-settings';
export { parseRegistryFlag } from './registry-flags';
export { markReviewedFile, markReviewedText, reviewedKeyOf, reviewedVersionOf } from './mark-reviewed';
export { registryFixesFor, registryFixKey, registryOptionsFromFlags, type RegistryFixes } from './registry-fixes';
