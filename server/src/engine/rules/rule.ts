/** The rule authoring contract: metadata, pure check hooks, and a context to report through (ESLint's meta + zizmor's hooks). */
import type { Confidence, Finding, RelatedLocation, Severity } from '../findings/finding';
import type { Fix } from '../findings/fix';
import type { HostFormat } from '../hosts/host-format';
import type { JSONPath, ParsedDocument } from '../parse/document';
import type { McpConfig } from '../model/mcp-config';
import type { ServerEntry } from '../model/server-entry';
import type { EngineConfig } from '../policy/engine-config';
import type { Span } from '../text/span';
import type { LineIndex } from '../text/positions';

export type RuleCategory = 'structure' | 'secrets' | 'supply-chain' | 'combinations' | 'consent' | 'transport' | 'policy';

export interface RuleMeta {
  /** kebab-case; also the file name, the test name and the docs page name. */
  readonly id: string;
  /** One line, present tense, what is wrong ("server package is not pinned to an exact version"). */
  readonly description: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** The strongest fix the rule produces; a safe fix from a rule declaring `unsafe` or nothing is a bug the tests catch. */
  readonly fixable?: 'safe' | 'unsafe';
  /**
   * The rule's fixes are plain span edits that stay right in a file that does not parse. Other rules' fixes are dropped
   * while the file has a syntax error: they edit through the syntax tree, which recovery may have guessed wrong.
   */
  readonly fixesBrokenFiles?: boolean;
  /** Reported only in the pedantic profile. */
  readonly pedanticOnly?: boolean;
}

/** Whether a file is exposed to others: tracked by git or not git-ignored. Computed by adapters (git), given to the engine. */
export interface Exposure {
  readonly inRepository: boolean;
  readonly tracked: boolean;
  readonly ignored: boolean;
}

export interface ReportInput {
  readonly message: string;
  readonly span: Span;
  readonly path?: JSONPath;
  /** Defaults to the rule's default severity. */
  readonly severity?: Severity;
  readonly confidence: Confidence;
  readonly server?: string;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly secretSpans?: readonly Span[];
  /** Distinguishes several findings of one rule on one server (e.g. the env key); part of the finding key. */
  readonly discriminator?: string;
}

export interface RuleContext {
  readonly document: ParsedDocument;
  readonly lines: LineIndex;
  /** The linted file's path, `/`-separated. */
  readonly filePath: string;
  readonly host: HostFormat;
  /** Undefined when the file is an MCP file of a known host whose content could not be read (e.g. not an object). */
  readonly config?: McpConfig;
  readonly engineConfig: EngineConfig;
  readonly exposure?: Exposure;
  /** This rule's options from `ruleOptions[id]`. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Ids of every registered rule (for rules that validate references to rules, such as suppressions). */
  readonly knownRuleIds: readonly string[];
  /**
   * False while the file has a syntax error: the engine then drops the fixes of every rule not marked
   * `fixesBrokenFiles`, so a message that names a fix should say that it comes back once the file parses.
   */
  readonly fixable: boolean;
  report(input: ReportInput): void;
}

/** A config together with its file, for rules that look across files (combinations). */
export interface ConfigInSet {
  readonly filePath: string;
  readonly config: McpConfig;
  readonly document: ParsedDocument;
}

export interface SetContext {
  readonly engineConfig: EngineConfig;
  readonly options: Readonly<Record<string, unknown>>;
  /** Reports on a file of the set; related locations may point into other files. */
  report(filePath: string, input: ReportInput): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Once per file of a known host, even when its content could not be read into a model (syntax rules). */
  checkDocument?(context: RuleContext): void;
  /** Once per file with a model. */
  checkConfig?(config: McpConfig, context: RuleContext): void;
  /** Once per server. */
  checkServer?(server: ServerEntry, context: RuleContext): void;
  /** Once per lint run over several files (the servers one host loads together). */
  checkSet?(configs: readonly ConfigInSet[], context: SetContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The URL of a rule's documentation page. */
export function ruleDocsUrl(id: string): string {
  return `https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/${id}.md`;
}

export type { Finding };
