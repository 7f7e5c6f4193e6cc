import type { Command } from 'commander';
import { startServer } from '../../http/server.js';
import { configFrom, type DbOptions } from '../options.js';

/** `caliper serve`: run the web app and API. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the web app and API (migrates and loads the bank first)')
    .option('--port <port>', 'port to listen on (default 3000, or PORT)')
    .option('--host <host>', 'address to bind (default 127.0.0.1, or HOST)')
    .option('--data-dir <dir>', 'embedded database folder when DATABASE_URL is unset (default ./data)')
    .action(async (opts: DbOptions & { port?: string; host?: string }) => {
      await startServer(configFrom(opts));
    });
}
