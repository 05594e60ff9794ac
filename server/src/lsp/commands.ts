/** `workspace/executeCommand`: the server-side commands behind code actions (ignore, docs, notes, rescan, supply chain). */
import type { Connection, WorkspaceEdit } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/index';
import { AskReasonRequest, ServerCommands, type IgnoreFindingArgs } from '../protocol/protocol';
import type { ClientFeatures } from './client-features';
import { ignoreFinding } from './ignore-finding';
import type { CachedLint } from './lint-cache';
import type { Logger } from './run-safe';
import type { ServerServices } from './services';
import type { SettingsStore } from './settings';
import { runSupplyChainCommand, SUPPLY_CHAIN_COMMANDS, type SupplyChainDeps } from './supply-chain-actions';
import { pathToUri } from './uris';
import type { ReadCurrent } from './workspace-edits';

/** Every command id the server executes (announced in `executeCommandProvider`). */
export const ALL_SERVER_COMMANDS: readonly string[] = [...Object.values(ServerCommands), ...SUPPLY_CHAIN_COMMANDS];

export interface CommandDeps {
  readonly connection: Connection;
  readonly services: ServerServices;
  readonly settings: SettingsStore;
  readonly logger: Logger;
  readonly readCurrent: ReadCurrent;
  features(): ClientFeatures | undefined;
  trusted(): boolean;
  folders(): readonly string[];
  /** The cache entry of a document's current version (linted now if the cache is behind). */
  freshEntry(uri: string): Promise<CachedLint | undefined>;
  /** Rescan the workspace (fresh git exposure). */
  rescan(): Promise<unknown>;
  /** A policy file was written: lint everything again. */
  policyChanged(): Promise<void>;
}

export function createCommandRunner(deps: CommandDeps): (command: string, args: readonly unknown[]) => Promise<void> {
  const { connection } = deps;
  const edits = (): ClientFeatures | { documentChanges: boolean; createFiles: boolean } => deps.features() ?? { documentChanges: false, createFiles: false };
  const applyEdit = async (edit: WorkspaceEdit, label: string): Promise<boolean> =>
    (await connection.workspace.applyEdit({ label, edit })).applied;
  const policyPathFor = async (path: string): Promise<string | undefined> => (await deps.services.policyFor(path, new Map())).policyPath;

  const supplyChain: SupplyChainDeps = {
    get edits() { return edits(); },
    readCurrent: deps.readCurrent,
    entryOf: deps.freshEntry,
    networkFor: async (path) => {
      const settings = await deps.settings.get(pathToUri(path));
      return { allowed: deps.trusted() && settings.network, registries: settings.registries };
    },
    policyPathFor,
    folders: deps.folders,
    homeDir: deps.services.homeDir,
    today: deps.services.today,
    applyEdit,
    writeNewFile: deps.services.writeNewFile,
    showMessage: (kind, message) => void (kind === 'info' ? connection.window.showInformationMessage(message) : connection.window.showWarningMessage(message)),
    policyChanged: deps.policyChanged,
  };

  const ignore = async (args: IgnoreFindingArgs | undefined): Promise<void> => {
    if (!args || typeof args.uri !== 'string' || typeof args.key !== 'string') return;
    const entry = await deps.freshEntry(args.uri);
    const finding = entry?.result.findings.find((candidate) => candidate.key === args.key);
    if (!entry || !finding) {
      void connection.window.showWarningMessage('MCP Warden: that finding is no longer reported; nothing was ignored.');
      return;
    }
    const outcome = await ignoreFinding(entry, finding, {
      edits: edits(),
      readCurrent: deps.readCurrent,
      askReason: async (target, where) => deps.features()?.askReason
        ? connection.sendRequest(AskReasonRequest.type, { ruleId: target.ruleId, message: target.message, target: where })
        : undefined,
      policyPathFor,
      folders: deps.folders,
      homeDir: deps.services.homeDir,
      applyEdit,
      writeNewFile: deps.services.writeNewFile,
    });
    if (outcome === 'failed') void connection.window.showWarningMessage(`MCP Warden: could not write the ignore for ${finding.ruleId}.`);
    if (outcome === 'policy') await deps.policyChanged();
  };

  return async (command, args) => {
    switch (command) {
      case ServerCommands.openRuleDocs: {
        const ruleId = String(args[0] ?? '');
        if (!/^[a-z0-9-]+$/.test(ruleId)) return;
        const url = ruleDocsUrl(ruleId);
        if (deps.features()?.showDocument) await connection.window.showDocument({ uri: url, external: true });
        else void connection.window.showInformationMessage(`Documentation of ${ruleId}: ${url}`);
        return;
      }
      case ServerCommands.showNote:
        if (typeof args[0] === 'string') void connection.window.showInformationMessage(args[0]);
        return;
      case ServerCommands.lintWorkspace:
        await deps.rescan();
        return;
      case ServerCommands.ignoreFinding:
        await ignore(args[0] as IgnoreFindingArgs | undefined);
        return;
      default:
        if (!await runSupplyChainCommand(command, args[0], supplyChain)) deps.logger.warn(`Unknown command ${command}`);
    }
  };
}
