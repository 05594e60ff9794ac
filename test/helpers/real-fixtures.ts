/** The shared real-config corpus, each file with the path and host override that let the engine see it as its host would. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REAL_FIXTURES_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'real');
/** MCP Warden's own labelled configs, in shapes the shared corpus lacks. */
export const OWN_FIXTURES_DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'labelled');

const HOST_IDS: Record<string, string> = { gemini: 'gemini-cli', amazonq: 'amazon-q', roo: 'roo-code' };

export interface RealFixture {
  readonly file: string;
  readonly text: string;
  /** The path the file had in its repository (or a synthetic one for README snippets). */
  readonly path: string;
  /** Set when the path alone does not identify the host (README snippets). */
  readonly hostOverride?: string;
  readonly host: string;
  readonly label: { expect: { rule: string; server: string; detail: string }[]; parse: string; source: { kind: string; path?: string }; placedAt?: string };
}

/** Fails loudly when the corpus is missing: tests that depend on it must not pass silently. */
export function loadRealFixtures(): RealFixture[] {
  if (!existsSync(join(REAL_FIXTURES_DIR, 'labels.json'))) {
    throw new Error(`the real-config corpus is missing at ${REAL_FIXTURES_DIR} (shared/fixtures/real beside the repository)`);
  }
  return loadLabelled(REAL_FIXTURES_DIR);
}

/** MCP Warden's own labelled configs (test/fixtures/labelled), placed at the path each label gives. */
export function loadOwnFixtures(): RealFixture[] {
  return loadLabelled(OWN_FIXTURES_DIR);
}

function loadLabelled(dir: string): RealFixture[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as (RealFixture['label'] & { file: string; host: string })[];
  const files = new Set(readdirSync(dir));
  return labels.map((label) => {
    if (!files.has(label.file)) throw new Error(`${join(dir, 'labels.json')} names ${label.file}, which is not there`);
    const host = HOST_IDS[label.host] ?? label.host;
    const placed = label.placedAt ?? (label.source.kind === 'file' ? label.source.path : undefined);
    return {
      file: label.file,
      text: readFileSync(join(dir, label.file), 'utf8'),
      // Each fixture is linted on its own, so files sharing a folder never meet in a session.
      path: placed ? `/corpus/${label.file.slice(0, 3)}/${placed}` : `/corpus/${label.file}`,
      host,
      label,
      ...(placed ? {} : { hostOverride: host }),
    };
  });
}
