/**
 * Supply-chain code actions: "Pin to a version from the registry…" (computed only when chosen, so diagnostics and the
 * lightbulb never wait for the network; never offered in untrusted workspaces or with `mcpWarden.network: off`) and
 * "Mark <pkg>@<version> as reviewed" (adds the entry with today's date to `.mcp-warden.json`, creating it if needed).
 */
import { dirname, join } from 'node:path';
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { createLineIndex, launchedPackages, POLICY_FILE_NAME, type Finding, type LaunchedPackage } from '../engine/index';
import { createHttpClient, defaultCacheDir, type HttpClient } from '../node/registries/http-client';
import { markReviewedText, reviewedKeyOf, reviewedVersionOf } from '../node/registries/mark-reviewed';
import { createRegistryResolver } from '../node/registries/pin-resolver';
import { isInside } from './known-files';
import type { CachedLint } from './lint-cache';
import { buildWorkspaceEdit, changeBetween, toLspEdits, type EditCapabilities, type ReadCurrent } from './workspace-edits';
import { pathToUri } from './uris';

export const SupplyChainCommands = {
  /** Arguments: `[{ uri, key }]`. Asks the registry for the newest version past the cooldown and applies the pin. */
  pinFromRegistry: 'mcpWarden.server.pinFromRegistry',
  /** Arguments: `[{ uri, key }]`. Records the pinned version under `reviewed` in `.mcp-warden.json`. */
  markReviewed: 'mcpWarden.server.markReviewed',
} as const;

export const SUPPLY_CHAIN_COMMANDS: readonly string[] = Object.values(SupplyChainCommands);

export interface SupplyChainArgs {
  readonly uri: string;
  readonly key: string;
}

const REVIEWABLE_RULES = new Set(['unreviewed-version', 'stale-review', 'unpinned-package']);

/** The package a finding is about (its squiggle lies on the package token). */
export function packageOfFinding(entry: CachedLint, finding: Finding): LaunchedPackage | undefined {
  const server = entry.result.config?.servers.find((candidate) => candidate.name === finding.server);
  if (!server) return undefined;
  const within = (outer: { offset: number; length: number }, inner: { offset: number; length: number }): boolean =>
    inner.offset >= outer.offset && inner.offset + inner.length <= outer.offset + outer.length;
  return launchedPackages(server).find(({ ref }) => within(ref.token.span, finding.span) || within(finding.span, ref.token.span));
}

/** Command actions for one diagnostic; `network` says whether registry look-ups are allowed here. */
export function supplyChainActions(diagnostic: Diagnostic, finding: Finding, entry: CachedLint, network: boolean): CodeAction[] {
  const launched = packageOfFinding(entry, finding);
  if (!launched) return [];
  const args: SupplyChainArgs = { uri: entry.uri, key: finding.key };
  const actions: CodeAction[] = [];
  const { ref } = launched;
  const hasReviewedPin = finding.fixes.some((fix) => fix.safe);
  if (network && finding.ruleId === 'unpinned-package' && !hasReviewedPin && ref.ecosystem !== 'git' && ref.ecosystem !== 'url' && ref.ecosystem !== 'jsr') {
    actions.push({
      title: ref.ecosystem === 'oci' ? `Pin ${ref.name} by digest from its registry (after the cooldown; not reviewed)…` : `Pin ${ref.name} to a version from the registry (after the cooldown; not reviewed)…`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Pin from registry', command: SupplyChainCommands.pinFromRegistry, arguments: [args] },
    });
  }
  const version = (ref.versionKind === 'exact' || ref.versionKind === 'digest') ? reviewedVersionOf(ref) : undefined;
  if (version && REVIEWABLE_RULES.has(finding.ruleId)) {
    actions.push({
      title: `Mark ${ref.name}@${version.length > 40 ? `${version.slice(0, 40)}…` : version} as reviewed`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Mark as reviewed', command: SupplyChainCommands.markReviewed, arguments: [args] },
    });
  }
  return actions;
}

export interface SupplyChainDeps {
  readonly edits: EditCapabilities;
  readCurrent: ReadCurrent;
  /** The finding's cache entry, re-linted if stale. */
  entryOf(uri: string): Promise<CachedLint | undefined>;
  /** Network allowed for this file (trusted workspace, `mcpWarden.network` on), and the configured registries. */
  networkFor(path: string): Promise<{ readonly allowed: boolean; readonly registries: Readonly<Record<string, string>> }>;
  policyPathFor(path: string): Promise<string | undefined>;
  folders(): readonly string[];
  readonly homeDir: string;
  today(): string;
  applyEdit(edit: WorkspaceEdit, label: string): Promise<boolean>;
  writeNewFile(path: string, text: string): Promise<void>;
  showMessage(kind: 'info' | 'warning', message: string): void;
  /** The policy changed: re-lint everything. */
  policyChanged(): Promise<void>;
}

let sharedHttp: HttpClient | undefined;

/** Runs a supply-chain command; false when `command` is not one of them. */
export async function runSupplyChainCommand(command: string, rawArgs: unknown, deps: SupplyChainDeps): Promise<boolean> {
  if (!SUPPLY_CHAIN_COMMANDS.includes(command)) return false;
  const args = rawArgs as Partial<SupplyChainArgs> | undefined;
  if (typeof args?.uri !== 'string' || typeof args.key !== 'string') return true;
  const entry = await deps.entryOf(args.uri);
  const finding = entry?.result.findings.find((candidate) => candidate.key === args.key);
  const launched = entry && finding ? packageOfFinding(entry, finding) : undefined;
  if (!entry || !finding || !launched) {
    deps.showMessage('warning', 'MCP Warden: that finding is no longer reported; nothing was changed.');
    return true;
  }
  if (command === SupplyChainCommands.pinFromRegistry) await pinFromRegistry(entry, finding, deps);
  else await markReviewed(entry, launched, deps);
  return true;
}

async function pinFromRegistry(entry: CachedLint, finding: Finding, deps: SupplyChainDeps): Promise<void> {
  const network = await deps.networkFor(entry.path);
  if (!network.allowed) {
    deps.showMessage('warning', 'MCP Warden: registry look-ups are off here (untrusted workspace or "mcpWarden.network": "off").');
    return;
  }
  sharedHttp ??= createHttpClient({ cacheDir: defaultCacheDir() });
  const registries = Object.fromEntries(Object.entries(network.registries).filter(([name]) => ['npm', 'pypi', 'oci'].includes(name)));
  const resolver = createRegistryResolver({ registries, http: sharedHttp });
  const { fix, reason } = await resolver.registryFix(entry.result, finding, dirname(entry.path));
  if (!fix) {
    deps.showMessage('warning', `MCP Warden: no registry pin: ${reason ?? 'unknown reason'}.`);
    return;
  }
  const edit = await buildWorkspaceEdit({ path: entry.path, uri: entry.uri, version: entry.version, lines: entry.result.lines }, fix.edits, [], deps.edits, deps.readCurrent);
  if (!edit || !await deps.applyEdit(edit, fix.title)) {
    deps.showMessage('warning', `MCP Warden: could not apply "${fix.title}".`);
    return;
  }
  if (fix.note) deps.showMessage('info', `MCP Warden: ${fix.title}. ${fix.note}`);
}

async function markReviewed(entry: CachedLint, launched: LaunchedPackage, deps: SupplyChainDeps): Promise<void> {
  const version = reviewedVersionOf(launched.ref);
  if (!version) {
    deps.showMessage('warning', `MCP Warden: ${launched.ref.name} is not pinned to one version; pin it first.`);
    return;
  }
  const policyPath = (await deps.policyPathFor(entry.path)) ?? join(defaultPolicyFolder(entry.path, deps), POLICY_FILE_NAME);
  const current = await deps.readCurrent(policyPath);
  let after: string;
  try {
    after = markReviewedText(current?.text, reviewedKeyOf(launched.ref), { version, date: deps.today() });
  } catch (error) {
    deps.showMessage('warning', `MCP Warden: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const label = `Mark ${launched.ref.name}@${version} as reviewed`;
  const uri = pathToUri(policyPath);
  let applied: boolean;
  if (current) {
    const change = changeBetween(current.text, after);
    applied = !change || await deps.applyEdit({ documentChanges: [TextDocumentEdit.create({ uri, version: current.version }, toLspEdits([change], createLineIndex(current.text)))] }, label);
  } else if (deps.edits.documentChanges && deps.edits.createFiles) {
    applied = await deps.applyEdit({
      documentChanges: [CreateFile.create(uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }])],
    }, label);
  } else {
    applied = await deps.writeNewFile(policyPath, after).then(() => true, () => false);
  }
  if (!applied) {
    deps.showMessage('warning', `MCP Warden: could not write ${policyPath}.`);
    return;
  }
  await deps.policyChanged();
}

function defaultPolicyFolder(path: string, deps: SupplyChainDeps): string {
  const folder = deps.folders().filter((candidate) => isInside(path, candidate)).sort((a, b) => b.length - a.length)[0];
  if (folder) return folder;
  return dirname(path);
}
