/** Reads what the client needs from its own package.json, so the manifest stays the one list of file patterns and rule ids. */

/** The `workspaceContains:` globs of `activationEvents`: every MCP host file name (test/client checks them against the engine). */
export function mcpFilePatterns(packageJson: unknown): string[] {
  const events = (packageJson as { activationEvents?: unknown }).activationEvents;
  if (!Array.isArray(events)) return [];
  return events
    .filter((event): event is string => typeof event === 'string' && event.startsWith('workspaceContains:'))
    .map((event) => event.slice('workspaceContains:'.length));
}

export interface RuleEntry {
  readonly id: string;
  readonly description: string;
}

/** The rule ids of the `mcpWarden.rules` setting, with their descriptions (generated from the engine by scripts/generate-schemas.mjs). */
export function ruleEntries(packageJson: unknown): RuleEntry[] {
  const contributes = (packageJson as { contributes?: { configuration?: { properties?: Record<string, unknown> } } }).contributes;
  const rules = contributes?.configuration?.properties?.['mcpWarden.rules'] as { properties?: Record<string, { markdownDescription?: string }> } | undefined;
  return Object.entries(rules?.properties ?? {}).map(([id, schema]) => ({
    id,
    // the description ends with "(default: `x`). [Documentation](...)": keep the sentence only
    description: (schema.markdownDescription ?? '').replace(/\s*\(default:.*$/s, ''),
  }));
}

export function ruleDocsUrl(id: string): string {
  return `https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/${id}.md`;
}
