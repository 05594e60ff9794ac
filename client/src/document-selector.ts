/** Which documents the client sends to the language server (pure, so the tests can check it without VS Code). */

export interface DocumentFilter {
  readonly scheme: string;
  readonly language?: string;
  readonly pattern?: string;
}

/**
 * Every JSON/JSONC file goes to the server, which lints it only when a host claims it (by path, then by shape), so a
 * config under an unusual name is still checked. TOML and YAML files go only when their path is a host's: the server
 * has no business with every YAML file. Untitled editors are not sent: the server lints files (it has no path to
 * detect a host from).
 */
export function documentSelector(patterns: readonly string[]): DocumentFilter[] {
  const jsonLanguages = ['json', 'jsonc'].map((language) => ({ scheme: 'file', language }));
  return [...jsonLanguages, ...patterns.map((pattern) => ({ scheme: 'file', pattern }))];
}
