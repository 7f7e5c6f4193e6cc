import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { openDatabase } from '../services/bootstrap.js';
import { seedDemoIfEmpty } from '../services/demo/seed-if-empty.js';
import { startRetentionSchedule } from '../services/gdpr/retention-schedule.js';
import { startSummaryRefresher } from '../services/reports/summary-refresher.js';
import { createDispatcher } from '../services/webhooks/dispatcher.js';
import { buildApp } from './app.js';

/** A running server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/**
 * Start Caliper: open and migrate the database, load the bank, listen, seed a demo
 * organisation on an empty installation (in the background), and shut down gracefully on SIGTERM/SIGINT
 * (stop accepting, finish in-flight requests, close the database).
 */
export async function startServer(config: Config, opts: { out?: (line: string) => void } = {}): Promise<RunningServer> {
  const out = opts.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { handle, bank } = await openDatabase(config);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({
      config,
      database: handle,
      logger: {
        level: config.logLevel,
        redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
      },
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    const where = config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL';
    out(`Caliper is running at ${url} (${where}; bank: ${bank.added + bank.updated + bank.unchanged} questions)`);
    const running = app;
    // A brand-new installation gets a demo organisation. It is filled in the background so the
    // server is healthy at once; its sign-in details are printed, in one write, when it is ready.
    const seeding = seedDemoIfEmpty({ db: handle.db, config, now: () => new Date() }).then(
      (demo) => {
        if (!demo) return;
        const lines = ['A demo organisation was created. Sign in with:'];
        for (const u of demo.users) lines.push(`  ${u.role.padEnd(15)} ${u.email}  password: ${u.password}`);
        out(lines.join('\n'));
      },
      (err: unknown) => running.log.error({ err }, 'could not create the demo organisation'),
    );
    let stopping: Promise<void> | undefined;
    // Webhooks go out from the outbox in the background; every node may run one (claims are leased).
    const dispatcher = createDispatcher({
      db: handle.db,
      now: () => new Date(),
      log: running.log,
      intervalMs: config.webhooks.pollMs,
      timeoutMs: config.webhooks.timeoutMs,
      leaseMs: config.webhooks.leaseMs,
    });
    dispatcher.start();
    // The retention policy erases expired candidates hourly (organisations without one are skipped).
    const retention = startRetentionSchedule({ db: handle.db, log: running.log });
    // Submissions queue their report summaries; this rewrites them in batches (reports drain the rest).
    const summaries = startSummaryRefresher({ db: handle.db, log: running.log });
    const stop = () => {
      stopping ??= (async () => {
        await running.close();
        await seeding;
        await dispatcher.stop();
        await retention.stop();
        await summaries.stop();
        await handle.close();
      })();
      return stopping;
    };
    const onSignal = (signal: NodeJS.Signals) => {
      running.log.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    return { app: running, url, stop };
  } catch (e) {
    await app?.close();
    await handle.close();
    throw e;
  }
}
