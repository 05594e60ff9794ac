/** Sends `textDocument/publishDiagnostics` and remembers which files have diagnostics, so they can be cleared. */
import type { Connection, Diagnostic } from 'vscode-languageserver';

export interface Publisher {
  publish(path: string, uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  /** Publishes an empty list for a file that had diagnostics. */
  clear(path: string): void;
  /** Files with published diagnostics, by path. */
  published(): ReadonlyMap<string, { readonly uri: string; readonly count: number }>;
}

export function createPublisher(connection: Pick<Connection, 'sendDiagnostics'>): Publisher {
  const published = new Map<string, { uri: string; count: number }>();
  return {
    publish(path, uri, version, diagnostics) {
      const previous = published.get(path);
      // The same file under another URI spelling (an editor opened it): clear the old spelling first.
      if (previous && previous.uri !== uri) void connection.sendDiagnostics({ uri: previous.uri, diagnostics: [] });
      published.set(path, { uri, count: diagnostics.length });
      void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
    },
    clear(path) {
      const previous = published.get(path);
      if (!previous) return;
      published.delete(path);
      void connection.sendDiagnostics({ uri: previous.uri, diagnostics: [] });
    },
    published: () => published,
  };
}
