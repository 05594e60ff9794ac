/** The vocabulary of what an MCP server can do, with how sure we are and why (one entry per capability). */
import { confidenceRank, type Confidence } from '../findings/finding';
import type { Capability } from '../data/known-servers';

export type { Capability };

/** In the order reports list them. */
export const CAPABILITIES: readonly Capability[] = [
  'reads_private_data', 'reads_untrusted_content', 'external_communication', 'writes', 'executes_code', 'sensitive_account',
];

/** Short human labels (inventory columns, messages). */
export const CAPABILITY_LABELS: Readonly<Record<Capability, string>> = {
  reads_private_data: 'reads private data',
  reads_untrusted_content: 'reads untrusted content',
  external_communication: 'communicates externally',
  writes: 'writes',
  executes_code: 'executes code',
  sensitive_account: 'reaches a sensitive account',
};

/** Where a capability was learnt from; decides its confidence. */
export type EvidenceSource = 'known-server' | 'proxy-target' | 'package-name' | 'image-name' | 'url' | 'command' | 'arguments' | 'env' | 'server-name';

/**
 * Who writes the untrusted content: anyone on the internet (`open`: pages, search results, mail), a documentation index
 * (`docs`), or people in the user's own accounts (`account`: issues, tickets, chat). Only open content starts a
 * cross-server attack path by default.
 */
export type UntrustedKind = 'open' | 'docs' | 'account';
/** Where code runs: on the machine or a cluster (`machine`: reaches every credential there), or inside a browser page. */
export type ExecutionKind = 'machine' | 'page';

export interface CapabilityEvidence {
  readonly capability: Capability;
  /** For `reads_untrusted_content` and `executes_code`: which kind (see above). */
  readonly kind?: UntrustedKind | ExecutionKind;
  readonly confidence: Confidence;
  /** Why, in a few words ("known server @modelcontextprotocol/server-filesystem", "package name mentions slack"). */
  readonly reason: string;
  readonly source: EvidenceSource;
}

/** What one server can do: at most one evidence entry per capability (the most certain one). */
export interface ServerCapabilities {
  readonly capabilities: ReadonlyMap<Capability, CapabilityEvidence>;
  /** The known-server id the server was matched to, when any. */
  readonly knownId?: string;
  /** What the server was identified as (`npm:@modelcontextprotocol/server-filesystem`, `remote:mcp.notion.com`), when anything. */
  readonly identity?: string;
  /** True when nothing at all is known: neither a known server nor evidence. Rules say so instead of guessing. */
  readonly unknown: boolean;
  /** Filesystem roots the server is given, classified (see filesystem-roots.ts). */
  readonly notes: readonly string[];
}

/** The less certain of two confidences (a chain is as strong as its weakest link). */
export function weakest(a: Confidence, b: Confidence): Confidence {
  return confidenceRank(a) <= confidenceRank(b) ? a : b;
}

export function stronger(a: Confidence, b: Confidence): boolean {
  return confidenceRank(a) > confidenceRank(b);
}

export function has(capabilities: ServerCapabilities, capability: Capability): boolean {
  return capabilities.capabilities.has(capability);
}
