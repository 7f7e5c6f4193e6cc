import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { verifySignature } from '../services/webhooks/sign.js';
import { createScratchDatabase } from './db.js';

/** A `caliper serve` child process and what it printed. */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (or signal) once the process has gone. */
  exited: Promise<number | string | null>;
}

/** Where a server under test keeps its data: an embedded data dir, or a fresh PostgreSQL database. */
export interface ServeTarget {
  dataDir: string;
  databaseUrl: string | undefined;
}

/**
 * A fresh database for a child server: a new database on TEST_DATABASE_URL's server when it is
 * set (so CI covers real PostgreSQL), else the embedded one in `dataDir`. `drop` removes it.
 */
export async function freshTarget(dataDir: string): Promise<ServeTarget & { drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { dataDir, databaseUrl: undefined, drop: async () => {} };
  const scratch = await createScratchDatabase(serverUrl, 'caliper_crash');
  return { dataDir, databaseUrl: scratch.url, drop: scratch.drop };
}

/** Start `caliper serve` on a free port; resolves once it says it is running. */
export function startServe(target: ServeTarget, env: Record<string, string> = {}): Promise<ServeProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  delete childEnv.DATABASE_URL;
  if (target.databaseUrl) childEnv.DATABASE_URL = target.databaseUrl;
  const child = spawn('node', ['bin/caliper.mjs', 'serve', '--port', '0', '--data-dir', target.dataDir], {
    env: childEnv,
  });
  let out = '';
  const exited = new Promise<number | string | null>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 90_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/running at (http:\/\/\S+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out, exited });
      }
    });
    child.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}`));
    });
  });
}

/** Poll `check` every 200 ms until it is true; throws `message` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, message: string) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(message);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One webhook request as a receiver saw it. */
export interface ReceivedDelivery {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  signed: boolean;
}

/** A webhook receiver on loopback that answers 204 and records every delivery. */
export interface Receiver {
  url: string;
  received: ReceivedDelivery[];
  /** The signing secret to check deliveries with, once the endpoint is registered. */
  secret: string | undefined;
  close(): Promise<void>;
}

/** Start a receiver on 127.0.0.1 with a free port. */
export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedDelivery[] = [];
  const receiver: Receiver = { url: '', received, secret: undefined, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const parsed = JSON.parse(body) as { id: string; type: string; data: Record<string, unknown> };
      const header = req.headers['caliper-signature'];
      received.push({
        eventId: String(req.headers['caliper-event-id']),
        type: parsed.type,
        data: parsed.data,
        signed:
          receiver.secret !== undefined &&
          parsed.id === req.headers['caliper-event-id'] &&
          verifySignature({ secret: receiver.secret, header: typeof header === 'string' ? header : undefined, body }),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  receiver.url = `http://127.0.0.1:${port}/hooks`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}
