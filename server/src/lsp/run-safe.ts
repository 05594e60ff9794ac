/** Wraps LSP handlers so that a throwing or cancelled handler logs and returns a fallback: the server never dies on bad input. */
import type { CancellationToken } from 'vscode-languageserver';

/** Where failures go (the connection's console, i.e. the client's output channel). */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** Runs `task`; on a throw or a rejected promise logs `what` with the error and returns `fallback`. */
export async function runSafe<T>(logger: Logger, what: string, fallback: T, task: () => T | Promise<T>, token?: CancellationToken): Promise<T> {
  if (token?.isCancellationRequested) return fallback;
  try {
    const result = await task();
    return token?.isCancellationRequested ? fallback : result;
  } catch (error) {
    logger.error(`${what} failed: ${describeError(error)}`);
    return fallback;
  }
}

/** Fire-and-forget variant for notifications and background work: errors are logged, never thrown. */
export function runDetached(logger: Logger, what: string, task: () => unknown): void {
  void runSafe(logger, what, undefined, async () => {
    await task();
  });
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
