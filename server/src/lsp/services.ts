/** The Node-backed operations the server needs, as an interface: main.ts passes real ones, tests may pass fakes. */
import type { EngineConfig, Exposure, PolicyProblem } from '../engine/index';

/** A file read from disk: text, or why it is not linted. */
export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'missing' | 'binary' | 'too-large' | 'unreadable'; readonly message: string };

export interface PolicyForFile {
  readonly config: EngineConfig;
  readonly policyPath?: string;
  readonly problems: readonly PolicyProblem[];
}

export interface ServerServices {
  /** The user's home folder (native separators). */
  readonly homeDir: string;
  readFile(path: string): Promise<ReadResult>;
  /** MCP config candidates under the folders (never follows symlinked folders, skips node_modules). */
  findConfigFiles(folders: readonly string[], signal: AbortSignal, onError: (path: string, error: Error) => void): Promise<string[]>;
  /** The user-level MCP files of every host that exist on this machine. */
  userConfigFiles(): Promise<string[]>;
  /** The nearest `.mcp-warden.json` above the file (the cache is kept across lints until the runner drops it). */
  policyFor(filePath: string, cache: Map<string, Promise<unknown>>): Promise<PolicyForFile>;
  /** Whether git tracks or ignores the file; undefined when unknown. */
  exposure(filePath: string): Promise<Exposure | undefined>;
  /** Creates a file that must not exist yet (policy file, when the client cannot create files itself). */
  writeNewFile(path: string, text: string): Promise<void>;
  /** Today as YYYY-MM-DD (rules that age things use it). */
  today(): string;
  /** After a big batch of lints: a full garbage collection, so the heap the batch grew is given back. */
  releaseMemory(): void;
}
