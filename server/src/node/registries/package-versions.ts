/** What a registry says about a package: its versions with publish times, withdrawn ones marked. */

export interface PublishedVersion {
  readonly version: string;
  /** ISO 8601 publish (upload, push) time when the registry gives one. */
  readonly publishedAt?: string;
  /** npm `deprecated`, PyPI `yanked`: never proposed. */
  readonly withdrawn?: boolean;
}

export interface PackageVersions {
  readonly ecosystem: 'npm' | 'pypi';
  readonly name: string;
  readonly versions: readonly PublishedVersion[];
  /** npm dist-tags (`latest`, `next`). */
  readonly distTags: Readonly<Record<string, string>>;
}
