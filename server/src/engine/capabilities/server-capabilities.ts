/**
 * What one server can do, with a confidence and a reason per capability: known-server data first (high), else words in
 * its package, image, URL, command, env var names and name (medium to low); arguments refine (read-only modes, roots).
 */
import { scalarText } from './scalar-text';
import { memoizeOnObject } from '../bounded-memo';
import type { Confidence } from '../findings/finding';
import type { Capability } from '../data/known-servers';
import type { ServerEntry } from '../model/server-entry';
import { CAPABILITIES, stronger, type CapabilityEvidence, type EvidenceSource, type ServerCapabilities } from './capability';
import { classifyRoot } from './filesystem-roots';
import { MODEL_PROVIDER_ENV, topicsIn, wordsOf } from './keyword-evidence';
import { isProxy, knownServerFor, proxyTarget, smitheryTarget, stripQuery } from './known-match';
import { isFilesystemServer, rootsOf } from './server-roots';
import { knownServerByPackage } from '../data/known-servers';
import { executionKindOfKnown, untrustedKindOfKnown } from '../data/capability-kinds';
import type { Topic } from './keyword-evidence';

interface NameEvidence {
  readonly text: string;
  readonly source: EvidenceSource;
  readonly confidence: Confidence;
  readonly what: string;
  readonly envName?: boolean;
}

/** Kept with the entry: the combination rules, auto-approve, broad-filesystem-access and the inventory ask. */
export const capabilitiesOf: (server: ServerEntry) => ServerCapabilities = memoizeOnObject(compute);

function compute(server: ServerEntry): ServerCapabilities {
  const found = new Map<Capability, CapabilityEvidence>();
  const notes: string[] = [];
  const add = (evidence: CapabilityEvidence): void => {
    const current = found.get(evidence.capability);
    if (!current || stronger(evidence.confidence, current.confidence)) found.set(evidence.capability, evidence);
  };
  const known = knownServerFor(server);
  const pkg = server.launch?.package;
  let identity = known?.identity;
  if (known) {
    const via = known.via === 'proxy' ? `proxied remote server ${known.server.id}` : `known server ${known.server.package}`;
    for (const capability of CAPABILITIES) {
      if (!known.server.capabilities[capability]) continue;
      const kind = capability === 'reads_untrusted_content' ? untrustedKindOfKnown(known.server.id)
        : capability === 'executes_code' ? executionKindOfKnown(known.server.id) : undefined;
      add({ capability, confidence: 'high', reason: via, source: known.via === 'proxy' ? 'proxy-target' : 'known-server', ...(kind ? { kind } : {}) });
    }
  } else {
    const names = evidenceNames(server);
    identity = identityOf(server);
    for (const name of names) {
      // topicsIn is memoised; only the topics it finds are matched again here, to quote the word in the reason.
      const topics = topicsIn(name.text, name.envName);
      if (topics.length === 0) continue;
      const words = ` ${wordsOf(name.text)} `;
      const joined = ` ${name.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
      for (const topic of topics) {
        const match = topic.pattern.exec(words) ?? topic.pattern.exec(joined);
        if (!match) continue;
        const reason = `${name.what} mentions "${match[0].trim()}" (${topic.label})`;
        for (const capability of topic.capabilities) {
          const kind = kindOf(topic, capability);
          add({ capability, confidence: name.confidence, reason, source: name.source, ...(kind ? { kind } : {}) });
        }
      }
    }
  }
  refine(server, found, notes);
  const proxyWithoutTarget = pkg !== undefined && isProxy(knownServerByPackage(pkg.ecosystem, pkg.name)) && !proxyTarget(server);
  const unknown = found.size === 0 && (!known || proxyWithoutTarget);
  return {
    capabilities: found,
    unknown,
    notes,
    ...(known ? { knownId: known.server.id } : {}),
    ...(identity ? { identity } : {}),
  };
}

function kindOf(topic: Topic, capability: Capability): CapabilityEvidence['kind'] {
  if (capability === 'reads_untrusted_content') return topic.untrusted ?? 'account';
  if (capability === 'executes_code') return topic.executes ?? 'machine';
  return undefined;
}

/** Names that say what an unknown server is, most telling first. */
function evidenceNames(server: ServerEntry): NameEvidence[] {
  const names: NameEvidence[] = [];
  const launch = server.launch;
  const pkg = launch?.package;
  const smithery = smitheryTarget(server);
  const target = proxyTarget(server);
  if (smithery) names.push({ text: smithery, source: 'package-name', confidence: 'medium', what: `Smithery server ${smithery}` });
  else if (target) names.push({ text: hostAndPath(target), source: 'url', confidence: 'medium', what: `proxied URL ${stripQuery(target)}` });
  else if (pkg && pkg.ecosystem === 'oci') names.push({ text: imageWithoutRegistry(pkg.name), source: 'image-name', confidence: 'medium', what: `image ${pkg.name}` });
  else if (pkg && pkg.ecosystem !== 'local' && !RUNNERS.has(pkg.name)) names.push({ text: pkg.name, source: 'package-name', confidence: 'medium', what: `package ${pkg.name}` });
  if (server.url && /^[a-z]+:\/\//i.test(server.url.value)) names.push({ text: hostAndPath(server.url.value), source: 'url', confidence: 'medium', what: `URL ${stripQuery(server.url.value)}` });
  const script = launch && (launch.launcher === 'local' || (pkg && RUNNERS.has(pkg.name))) ? launch.programArgs.find((t) => !t.value.startsWith('-')) : undefined;
  if (script) names.push({ text: lastSegments(script.value), source: 'command', confidence: 'low', what: `script ${lastSegments(script.value)}` });
  if (server.command && !launch && !LAUNCHERS.test(lastSegments(server.command.value))) names.push({ text: lastSegments(server.command.value), source: 'command', confidence: 'low', what: `command ${lastSegments(server.command.value)}` });
  for (const entry of server.env) if (!MODEL_PROVIDER_ENV.test(entry.key)) names.push({ text: entry.key, source: 'env', confidence: 'low', what: `env var ${entry.key}`, envName: true });
  names.push({ text: server.name, source: 'server-name', confidence: 'low', what: `server name "${server.name}"` });
  return names;
}

/** Commands that start something else (`docker mcp gateway run`): their name says nothing about the server. */
const LAUNCHERS = /^(docker|podman|nerdctl|npx|bunx|pnpm|yarn|npm|uvx|uv|pipx|node|python3?|deno|bun)(\.exe|\.cmd)?$/i;

/** Packages that run a local script rather than being the server (`npx tsx server.ts`). */
const RUNNERS = new Set(['tsx', 'ts-node', 'node', 'nodemon', 'bun', 'deno', 'python', 'vite-node']);

function identityOf(server: ServerEntry): string | undefined {
  const smithery = smitheryTarget(server);
  if (smithery) return `smithery:${smithery}`;
  const target = proxyTarget(server);
  if (target) return `remote:${stripQuery(target)}`;
  const pkg = server.launch?.package;
  if (pkg && !RUNNERS.has(pkg.name)) return `${pkg.ecosystem}:${pkg.name}`;
  if (server.url) return `remote:${stripQuery(server.url.value)}`;
  return undefined;
}

function refine(server: ServerEntry, found: Map<Capability, CapabilityEvidence>, notes: string[]): void {
  const tokens = server.launch ? [...server.launch.programArgs, ...server.launch.launcherFlags] : server.args.map((arg) => ({ value: arg.value }));
  const readOnlyFlag = tokens.find((token) => /^--?read[-_]?only(=(true|1|yes))?$/i.test(token.value));
  const readOnlyEnv = server.env.find((entry) => /(^|_)(READ_?ONLY|READ_OPERATIONS_ONLY)$/i.test(entry.key) && /^(true|1|yes|on)$/i.test(scalarText(entry.value.value) ?? ''));
  const roots = rootsOf(server);
  const filesystem = isFilesystemServer(server);
  const allMountsReadOnly = filesystem && roots.length > 0 && roots.every((root) => root.readOnly);
  if ((readOnlyFlag || readOnlyEnv || allMountsReadOnly) && found.has('writes')) {
    found.delete('writes');
    notes.push(`read-only mode (${readOnlyFlag?.value ?? (readOnlyEnv ? `${readOnlyEnv.key}=${scalarText(readOnlyEnv.value.value) ?? ''}` : 'read-only mounts')})`);
  }
  const broad = roots.map((root) => classifyRoot(root.value)).find((b) => b !== undefined);
  if (broad && (filesystem || roots.some((root) => root.via === 'mount'))) {
    found.set('reads_private_data', {
      capability: 'reads_private_data',
      confidence: 'high',
      reason: `reads files in ${broad.description}`,
      source: 'arguments',
    });
    notes.push(`file access to ${broad.description}`);
  }
}

function hostAndPath(url: string): string {
  return stripQuery(url).replace(/^[a-z]+:\/\//i, '').replace(/\b(mcp|sse|api|www|com|io|dev|app|net|org|ai|co|v\d+)\b/gi, ' ');
}

function imageWithoutRegistry(image: string): string {
  const parts = image.split('/');
  return parts.length > 1 && /[.:]/.test(parts[0] ?? '') ? parts.slice(1).join('/') : image;
}

function lastSegments(path: string): string {
  return path.replace(/\\/g, '/').split('/').filter(Boolean).slice(-3).join('/');
}
