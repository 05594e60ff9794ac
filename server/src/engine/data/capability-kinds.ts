/** Which kind of untrusted content a known server reads, and where its code runs (capability-kinds.json). */
import data from './capability-kinds.json';
import type { ExecutionKind, UntrustedKind } from '../capabilities/capability';

const OPEN = new Set<string>(data.untrusted.open);
const DOCS = new Set<string>(data.untrusted.docs);
const PAGE = new Set<string>(data.executes.page);

export function untrustedKindOfKnown(id: string): UntrustedKind {
  return OPEN.has(id) ? 'open' : DOCS.has(id) ? 'docs' : 'account';
}

export function executionKindOfKnown(id: string): ExecutionKind {
  return PAGE.has(id) ? 'page' : 'machine';
}
