/**
 * Per-host fixes that move a literal secret out of the config without losing it: the literal becomes a reference the
 * host expands, and the value goes to the host's env file or a git-ignored `.mcp.env` beside the config.
 */
import { memoizeLatest, memoizeOnObject } from '../bounded-memo';
import { lazyFix, type ExternalEdit, type Fix, type TextEdit } from '../findings/fix';
import type { DocumentEditor } from '../parse/document';
import type { RuleContext } from '../rules/rule';
import type { ServerEntry } from '../model/server-entry';
import { replacementThenStep, sequentialEdits } from './edit-sequence';
import { assignVariableNames, documentedVariable } from './env-names';
import { envLine } from './env-line';
import { findSecrets, type SecretHit } from './find-secrets';
import { hostSecretFix } from '../hosts/host-secret-fixes';

/** The git-ignored file beside the config that receives moved values. */
export const SECRETS_FILE = '.mcp.env';

/** Variable names of every hit of the config (or of the one hit, without a config), for the latest config. */
const namesFor = memoizeLatest((_key: object, hit: SecretHit, context: RuleContext) =>
  assignVariableNames(context.config ? findSecrets(context.config, context.document) : [hit], context.document.text));

/** The variable name chosen for a hit (unique per value across the file). */
export function variableNameFor(hit: SecretHit, context: RuleContext): string {
  return namesFor(context.config ?? hit, hit, context).get(hit) ?? 'MCP_SECRET';
}

/** Continue resolves `${{ secrets.NAME }}` from `.continue/.env` (hosts.md §10): the value goes there. */
function continueEnvFile(context: RuleContext): { file: string; gitignore: string; line: string } | undefined {
  if (context.host.capabilities.interpolation !== 'continue') return undefined;
  const inBlocks = /\/\.continue\/mcpServers\/[^/]+$/.test(context.filePath);
  return inBlocks ? { file: '../.env', gitignore: '../.gitignore', line: '/.env' } : { file: '.env', gitignore: '.gitignore', line: '/.env' };
}

function storeValue(name: string, hit: SecretHit, context: RuleContext, file = SECRETS_FILE): ExternalEdit[] {
  const continueFile = file === SECRETS_FILE ? continueEnvFile(context) : undefined;
  const target = continueFile?.file ?? file;
  const edits: ExternalEdit[] = [{ path: target, appendLines: [envLine(name, hit.secret)], keyed: true, sensitive: true }];
  if (context.exposure?.inRepository === false) return edits;
  if (continueFile) edits.push({ path: continueFile.gitignore, appendLines: [continueFile.line] });
  else if (!file.startsWith('..') && !file.startsWith('/')) edits.push({ path: '.gitignore', appendLines: [`/${file}`] });
  return edits;
}

function replaceSecret(hit: SecretHit, replacement: string): TextEdit {
  return { offset: hit.span.offset, length: hit.span.length, content: replacement };
}

const describe = (hit: SecretHit): string => (hit.server ? `server "${hit.server.name}"` : 'this file');

/** `${input:id}` + an `inputs` entry (VS Code). */
function inputFix(hit: SecretHit, name: string, context: RuleContext): Fix | undefined {
  const config = context.config;
  if (!config) return undefined;
  const id = name.toLowerCase().replace(/_/g, '-');
  const input = hit.place === 'input-default' ? config.inputs.find((candidate) => candidate.defaultValue?.node === hit.holder.node) : undefined;
  if (hit.place === 'input-default' && !input) return undefined;
  const title = hit.place === 'input-default' ? `Remove the default of input "${hit.name}"` : `Replace with \${input:${id}} (VS Code prompts once, keeps it in secret storage)`;
  return lazyFix(title, false, () => {
    const description = `${hit.kind} for ${describe(hit)}${hit.name ? ` (${hit.name})` : ''}`;
    const declared = config.inputs.some((candidate) => candidate.id.value === id);
    return {
      edits: input
        ? context.document.editor().remove([...input.path, 'default'])
        : replacementThenStep(context.document, replaceSecret(hit, `\${input:${id}}`),
          declared ? undefined : (editor) => editor.appendToArray([...config.rootPath, 'inputs'], { type: 'promptString', id, description, password: true })),
      externalEdits: storeValue(name, hit, context),
      note: `The value was saved as ${name} in ${SECRETS_FILE} (git-ignored) so it is not lost: paste it when VS Code asks for "${id}", then delete it from that file.`,
    };
  });
}

/** Moves an `env` entry of a stdio server into the server's `envFile` (VS Code, Cursor). */
function envFileFix(hit: SecretHit, name: string, context: RuleContext): Fix | undefined {
  const server = hit.server;
  if (!server || hit.place !== 'env' || server.transport !== 'stdio' || !context.host.capabilities.envFile || hit.name !== name) return undefined;
  if (hit.start !== 0 || hit.end !== hit.holder.value.length) return undefined;
  const existing = server.envFile?.value;
  const target = existing === undefined ? SECRETS_FILE : envFileRelativeToConfig(existing, context.filePath);
  if (!target) return undefined;
  return lazyFix(`Move ${name} to the server's env file (${target})`, false, () => ({
    edits: sequentialEdits(context.document, [
      (editor) => editor.remove(hit.holder.path),
      ...(existing === undefined ? [(editor: DocumentEditor) => editor.setValue([...server.path, 'envFile'], envFileSetting(context.filePath))] : []),
    ]),
    externalEdits: storeValue(name, hit, context, target),
    note: `${context.host.displayName} loads ${target} into the environment of "${server.name}" when it starts.`,
  }));
}

/** What to write into `envFile` for a new `.mcp.env` beside the config: workspace-relative in project folders. */
function envFileSetting(filePath: string): string {
  const folder = filePath.slice(0, filePath.lastIndexOf('/'));
  const match = /(^|\/)(\.vscode|\.cursor)$/.exec(folder);
  if (match) return `\${workspaceFolder}/${match[2]}/${SECRETS_FILE}`;
  return `${folder}/${SECRETS_FILE}`;
}

/** An existing `envFile` value as a path relative to the config's folder, when it can be resolved without I/O. */
function envFileRelativeToConfig(envFile: string, filePath: string): string | undefined {
  const folder = filePath.slice(0, filePath.lastIndexOf('/'));
  const workspace = /^\$\{workspaceFolder\}\/(.+)$/.exec(envFile);
  if (workspace) {
    return /(^|\/)(\.vscode|\.cursor)$/.test(folder) ? `../${workspace[1]}` : workspace[1];
  }
  if (envFile.includes('${')) return undefined;
  if (envFile.startsWith('/')) {
    return envFile.startsWith(`${folder}/`) ? envFile.slice(folder.length + 1) : undefined;
  }
  return envFile.replace(/^\.\//, '');
}

/** Replaces the literal with the host's own reference syntax; the value goes to `.mcp.env`. */
/** Hosts that expand references only in some fields (Amazon Q: `env` and `headers`, hosts.md §11). */
const EXPANDED_PLACES: Readonly<Record<string, readonly string[]>> = { 'amazon-q': ['env', 'header'] };

/** Whether the host expands a reference written where this secret is. */
export function hostExpandsAt(hit: SecretHit, context: RuleContext): boolean {
  const places = EXPANDED_PLACES[context.host.id];
  return context.host.capabilities.envReference !== undefined && (!places || places.includes(hit.place));
}

function referenceFix(hit: SecretHit, name: string, context: RuleContext): Fix | undefined {
  const capabilities = context.host.capabilities;
  if (!capabilities.envReference || hit.place === 'input-default' || !hostExpandsAt(hit, context)) return undefined;
  let reference = capabilities.envReference(name);
  if (capabilities.interpolation === 'copilot') {
    // Env values name the secret; other strings reference it with `$` (hosts.md §17).
    if (hit.place !== 'env' || hit.start !== 0 || hit.end !== hit.holder.value.length) reference = `$${reference}`;
  }
  return lazyFix(`Replace with ${reference}`, false, () => {
    const continueFile = continueEnvFile(context);
    const how = capabilities.interpolation === 'copilot'
      ? `add it as the secret ${reference.replace(/^\$/, '')} in the repository's "copilot" environment, then delete it from ${SECRETS_FILE}`
      : continueFile
        ? 'Continue reads it from there'
        : `${context.host.displayName} reads ${name} from the environment it is started from: export it first (for example \`set -a; . ./${SECRETS_FILE}; set +a\`)`;
    return {
      edits: [replaceSecret(hit, reference)],
      externalEdits: storeValue(name, hit, context),
      note: `The value was saved as ${name} in ${continueFile?.file ?? SECRETS_FILE} (git-ignored); ${how}.`,
    };
  });
}

/** The fixes for one secret, best first. Hosts that expand nothing get none (the message says why). */
export function secretFixes(hit: SecretHit, context: RuleContext): Fix[] {
  const name = variableNameFor(hit, context);
  // Codex, Goose and Continue have their own conventions (variable names in a list, Continue's own .env).
  const hostFix = hostSecretFix(hit, name, context);
  if (hostFix) return [hostFix];
  const fixes: (Fix | undefined)[] = [];
  const interpolation = context.host.capabilities.interpolation;
  if (interpolation === 'vscode') fixes.push(inputFix(hit, name, context), envFileFix(hit, name, context), referenceFix(hit, name, context));
  else if (context.host.capabilities.envFile) fixes.push(envFileFix(hit, name, context), referenceFix(hit, name, context));
  else fixes.push(referenceFix(hit, name, context));
  return fixes.filter((fix): fix is Fix => fix !== undefined);
}

/** Why there is no rewrite, for hosts that expand nothing. */
export function noInterpolationAdvice(context: RuleContext): string {
  const host = context.host;
  const base = `${host.displayName} does not expand variables in this file, so the value cannot be replaced by a reference`;
  if (host.id === 'claude-desktop') return `${base}: keep the file out of git and backups, start the server through a wrapper script that reads the secret from the OS keychain, or install it as a .mcpb bundle whose user_config marks it sensitive`;
  if (host.id === 'zed') return `${base}: start the server through a wrapper script that reads the secret from the OS keychain, or, for a remote server, remove the header and let Zed run the OAuth flow`;
  return `${base}: keep the file out of git and backups, or start the server through a wrapper script that reads the secret from the OS keychain`;
}

/** The move-into-env fix of `secret-in-args`: drop the flag and value, set the server's documented variable. */
export function moveArgToEnvFix(hit: SecretHit, context: RuleContext): Fix | undefined {
  const server = hit.server;
  const documented = documentedVariable(hit);
  if (!server || hit.place !== 'arg' || !documented || !server.argsNode?.children) return undefined;
  if (server.env.some((entry) => entry.key === documented)) return undefined;
  const items = server.argsNode.children;
  const index = argIndexes(server).get(hit.holder.node) ?? -1;
  if (index === -1) return undefined;
  const whole = hit.start === 0 && hit.end === hit.holder.value.length;
  const flagValue = /^-{1,2}[A-Za-z][\w-]*=/.exec(hit.holder.value);
  if (!whole && !(flagValue && hit.start === flagValue[0].length && hit.end === hit.holder.value.length)) return undefined;
  const first = whole && hit.flagIndex !== undefined ? hit.flagIndex : index;
  const removal = removeArrayItems(items, first, index);
  const capabilities = context.host.capabilities;
  const reference = capabilities.envReference && capabilities.interpolation !== 'none' ? capabilities.envReference(documented) : undefined;
  return lazyFix(`Pass it as ${documented} in env instead of on the command line`, false, () => ({
    edits: sequentialEdits(context.document, [() => [removal], (editor) => editor.setValue([...server.path, 'env', documented], reference ?? hit.secret)]),
    externalEdits: reference ? storeValue(documented, hit, context) : undefined,
    note: reference
      ? `${server.name} reads ${documented} from its environment; the value was saved in ${SECRETS_FILE} (git-ignored): export it before starting ${context.host.displayName}.`
      : `${server.name} reads ${documented} from its environment. The value is still written in this file (${context.host.displayName} has no variables), but no longer visible in process listings.`,
  }));
}

/** Where each arg node sits in its server's args: found once per server (a search per secret was quadratic in the args). */
const argIndexes = memoizeOnObject((server: ServerEntry): ReadonlyMap<unknown, number> =>
  new Map((server.argsNode?.children ?? []).map((node, index) => [node, index])));

/** One edit removing array items `first..last` with their separators, keeping the rest byte for byte. */
function removeArrayItems(items: readonly { offset: number; length: number }[], first: number, last: number): TextEdit {
  const start = items[first] as { offset: number; length: number };
  const end = items[last] as { offset: number; length: number };
  const next = items[last + 1];
  if (next) return { offset: start.offset, length: next.offset - start.offset, content: '' };
  const before = items[first - 1];
  if (before) {
    const from = before.offset + before.length;
    return { offset: from, length: end.offset + end.length - from, content: '' };
  }
  return { offset: start.offset, length: end.offset + end.length - start.offset, content: '' };
}
