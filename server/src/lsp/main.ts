/**
 * The language server's entry point (bundled to dist/server.js). The VS Code client starts it over Node IPC
 * (`--node-ipc`); other editors run `node dist/server.js --stdio`. createConnection reads the transport from argv.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createNodeServices } from './node-services';
import { startServer } from './start-server';

const connection = createConnection(ProposedFeatures.all);
// A stray console.log would corrupt the stdio protocol stream: route console output to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));

startServer(connection, createNodeServices());
