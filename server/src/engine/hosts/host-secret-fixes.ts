/**
 * Secret fixes in the conventions of the TOML and YAML hosts: Codex and Goose take variable NAMES (`env_vars`,
 * `bearer_token_env_var`, `env_http_headers`, `env_keys`), Continue expands `${{ secrets.NAME }}` from its own
 * `.env`. The literal value is never lost: it goes to an env file (marked sensitive) beside the config.
 */
import type { ExternalEdit, Fix, TextEdit } from '../findings/fix';
import { applyEdits, editsOverlap, minimalEdit } from '../findings/apply-fixes';
import type { JSONPath, ParsedDocument } from '../parse/document';
import { nodeAt } from '../parse/nodes';
import { parseDocument } from '../parse/parse-document';
import type { Located } from '../model/located';
import type { ServerEntry } from '../model/server-entry';
import type { RuleContext } from '../rules/rule';
import { findSecrets, reportable, type SecretHit } from '../secrets/find-secrets';
import { envLine } from '../secrets/env-line';
import { memoizeLatest } from '../bounded-memo';
import type { McpConfig } from '../model/mcp-config';

/** Where moved values go for hosts that read no env file of their own (same file as the secrets rules use). */
export const MOVED_SECRETS_FILE = '.mcp.env';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The host's own way to move `hit` out of the file, or undefined when the host has none (the generic fixes apply). */
export function hostSecretFix(hit: SecretHit, name: string, context: RuleContext): Fix | undefined {
  const capabilities = context.host.capabilities;
  if (capabilities.envNameFields) return nameListFix(hit, name, capabilities.envNameFields, context);
  if (capabilities.secretsEnvFile && capabilities.envReference) {
    return hostEnvFileFix(hit, name, capabilities.secretsEnvFile(context.filePath), capabilities.envReference(name), context);
  }
  return undefined;
}

/** One edit step; `unchanged` when there is nothing to do (an empty list means it cannot be done). */
type Step = (document: ParsedDocument) => TextEdit[] | 'unchanged';

function nameListFix(hit: SecretHit, generated: string, fields: { env: string; headers?: string }, context: RuleContext): Fix | undefined {
  const server = hit.server;
  if (!server) return undefined;
  const value = hit.holder.value;
  const whole = hit.start === 0 && hit.end === value.length;
  if (hit.place === 'env' && whole && hit.name && ENV_NAME.test(hit.name)) {
    const variable = hit.name;
    // The host would pass one shell variable to every server that lists the name: which value would it be?
    if (context.config && namesWithSeveralValues(context.config, context).has(variable)) return undefined;
    return build(hit.secret, context, variable, fields.headers ? `Pass ${variable} from the environment (env_vars)` : `Move ${variable} to env_keys`, [
      (document) => document.editor().remove(hit.holder.path),
      (document) => addName(document, server, fields.env, variable),
    ]);
  }
  if (hit.place === 'field' && hit.name === 'bearer_token' && whole && fields.headers) {
    return bearerTokenEnvVarFix(server, hit.holder, bearerVariable(server, generated), context);
  }
  if (hit.place !== 'header' || !hit.name) return undefined;
  const header = hit.name;
  const bearer = /^authorization$/i.test(header) && /^bearer\s+$/i.test(value.slice(0, hit.start)) && hit.end === value.length;
  if (fields.headers && bearer) {
    return build(hit.secret, context, generated, `Use bearer_token_env_var = "${generated}" instead of the Authorization header`, [
      (document) => document.editor().remove(hit.holder.path),
      (document) => document.editor().setValue([...server.path, 'bearer_token_env_var'], generated),
    ]);
  }
  if (fields.headers && whole) {
    const headersField = fields.headers;
    return build(hit.secret, context, generated, `Move header ${header} to ${headersField} (value from ${generated})`, [
      (document) => document.editor().remove(hit.holder.path),
      (document) => document.editor().setValue([...server.path, headersField, header], generated),
    ]);
  }
  if (!fields.headers) {
    // Goose substitutes `${NAME}` in header values from the extension's env_keys.
    const replaced = value.slice(0, hit.start) + `\${${generated}}` + value.slice(hit.end);
    return build(hit.secret, context, generated, `Replace with \${${generated}} and add ${generated} to env_keys`, [
      (document) => document.editor().setValue(hit.holder.path, replaced),
      (document) => addName(document, server, fields.env, generated),
    ]);
  }
  return undefined;
}

/** Env names that hold different reported secrets in different servers of the config (each would be moved). */
const namesWithSeveralValues = memoizeLatest((config: McpConfig, context: RuleContext): ReadonlySet<string> => {
  const firstValue = new Map<string, string>();
  const several = new Set<string>();
  for (const hit of findSecrets(config, context.document)) {
    if (hit.place !== 'env' || hit.name === undefined || !reportable(hit, context)) continue;
    const first = firstValue.get(hit.name);
    if (first === undefined) firstValue.set(hit.name, hit.secret);
    else if (first !== hit.secret) several.add(hit.name);
  }
  return several;
});

/**
 * Codex: `bearer_token = "<literal>"` becomes `bearer_token_env_var = "<variable>"` (or is dropped when that is already
 * set); the literal goes to the env file so it is not lost.
 */
export function bearerTokenEnvVarFix(server: ServerEntry, holder: Located<string>, variable: string, context: RuleContext): Fix | undefined {
  const existing = server.fields.some((field) => field.key === 'bearer_token_env_var');
  const steps: Step[] = existing
    ? [(document) => document.editor().remove(holder.path)]
    : [
      (document) => document.editor().remove(holder.path),
      (document) => document.editor().setValue([...server.path, 'bearer_token_env_var'], variable),
    ];
  const title = existing ? `Remove bearer_token (bearer_token_env_var names ${variable})` : `Replace bearer_token with bearer_token_env_var = "${variable}"`;
  return build(holder.value, context, variable, title, steps);
}

/**
 * Codex/Goose: an env entry whose value only references the variable of the same name (`GITHUB_TOKEN = "${GITHUB_TOKEN}"`,
 * passed literally by these hosts) becomes that name in the host's pass-through list (`env_vars`, `env_keys`).
 */
export function envReferenceToNameListFix(server: ServerEntry, entryPath: JSONPath, variable: string, context: RuleContext): Fix | undefined {
  const field = context.host.capabilities.envNameFields?.env;
  if (!field || !ENV_NAME.test(variable)) return undefined;
  const edits = sequentialEdits(context.document, [
    (document) => document.editor().remove(entryPath),
    (document) => addName(document, server, field, variable),
  ]);
  return edits ? { title: `Pass ${variable} from the environment (${field})`, safe: false, edits } : undefined;
}

/** Continue: `${{ secrets.NAME }}` in place, NAME=value in the `.env` Continue reads. */
function hostEnvFileFix(hit: SecretHit, name: string, envFile: string, reference: string, context: RuleContext): Fix | undefined {
  if (hit.place === 'input-default') return undefined;
  const value = hit.holder.value;
  const replaced = value.slice(0, hit.start) + reference + value.slice(hit.end);
  const quoted = /^["']/.test(context.document.text.charAt(hit.holder.span.offset));
  const edits: TextEdit[] = quoted
    ? [{ offset: hit.span.offset, length: hit.span.length, content: reference }]
    : context.document.editor().setValue(hit.holder.path, replaced);
  if (edits.length === 0) return undefined;
  return {
    title: `Replace with ${reference}`,
    safe: false,
    edits,
    externalEdits: storeValue(name, hit.secret, envFile, context),
    note: `The value was saved as ${name} in ${envFile}, which ${context.host.displayName} reads for \${{ secrets.* }}; keep that file out of git.`,
  };
}

function build(secret: string, context: RuleContext, variable: string, title: string, steps: readonly Step[]): Fix | undefined {
  const edits = sequentialEdits(context.document, steps);
  if (!edits) return undefined;
  const codex = context.host.capabilities.envNameFields?.headers !== undefined;
  const how = codex
    ? `${context.host.displayName} reads no env file: export ${variable} in the shell that starts it (for example \`set -a; . ./${MOVED_SECRETS_FILE}; set +a\` in this folder)`
    : `${context.host.displayName} looks ${variable} up in its keyring, then the environment: store it with \`goose configure\` or export it, then delete it from that file`;
  return {
    title,
    safe: false,
    edits,
    externalEdits: storeValue(variable, secret, MOVED_SECRETS_FILE, context),
    note: `The value was saved as ${variable} in ${MOVED_SECRETS_FILE} beside this config so it is not lost. ${how}.`,
  };
}

/** The variable a Codex server's bearer token goes to: the one it already names, or `generated`. */
export function bearerVariable(server: ServerEntry, generated: string): string {
  const named = server.fields.find((field) => field.key === 'bearer_token_env_var')?.value.value;
  return typeof named === 'string' && ENV_NAME.test(named) ? named : generated;
}

/** Appends `name` to the server's list field unless it is already there. */
function addName(document: ParsedDocument, server: ServerEntry, field: string, name: string): TextEdit[] | 'unchanged' {
  const path: JSONPath = [...server.path, field];
  const list = nodeAt(document.root, path);
  if (list?.type === 'array' && list.children?.some((item) => item.value === name)) return 'unchanged';
  return document.editor().appendToArray(path, name);
}

/**
 * Runs edit steps one after another, each on the re-parsed result of the previous one (a removal and an insertion
 * may touch the same line), and returns the whole change as one edit. A name appended to an existing list is the
 * exception: computed on the same text it is an insertion that carries its own separator, and when it does not touch
 * the first step's edits both are kept apart, so the appends of several fixes to one list chain (fix-all moves every
 * secret of a server in one pass, where ten passes once moved ten).
 */
function sequentialEdits(document: ParsedDocument, steps: readonly Step[]): TextEdit[] | undefined {
  const [first, second] = steps;
  if (steps.length === 2 && first && second) {
    const firstEdits = first(document);
    const secondEdits = second(document);
    if (firstEdits !== 'unchanged' && firstEdits.length > 0 && secondEdits !== 'unchanged' && secondEdits.length > 0
      && secondEdits.every((edit) => edit.chainable && !firstEdits.some((other) => editsOverlap(edit, other)))) {
      return [...firstEdits, ...secondEdits];
    }
  }
  let current = document;
  for (const step of steps) {
    const edits = step(current);
    if (edits === 'unchanged') continue;
    if (edits.length === 0) return undefined;
    const text = applyEdits(current.text, edits);
    current = parseDocument(text, document.syntax);
  }
  return [minimalEdit(document.text, current.text)];
}

function storeValue(name: string, secret: string, file: string, context: RuleContext): ExternalEdit[] {
  const edits: ExternalEdit[] = [{ path: file, appendLines: [envLine(name, secret)], keyed: true, sensitive: true }];
  if (context.exposure?.inRepository !== false) {
    const slash = file.lastIndexOf('/');
    edits.push({ path: `${file.slice(0, slash + 1)}.gitignore`, appendLines: [`/${file.slice(slash + 1)}`] });
  }
  return edits;
}
