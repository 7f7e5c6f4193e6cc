// The end-to-end server: a fresh data folder, one seeded demo organisation written to
// .tmp/e2e-demo.json for the tests, then `caliper serve` in this same process (so signals
// from Playwright reach the server directly). Usage: node e2e/serve-seeded.mjs [port]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.argv[2] ?? '3199';
// Another port gets its own folder and seed file, so runs on different ports never collide.
const suffix = port === '3199' ? '' : `-${port}`;
const dataDir = join(root, '.tmp', `e2e-data${suffix}`);
const demoFile = join(root, '.tmp', `e2e-demo${suffix}.json`);
const cli = join(root, 'bin', 'caliper.mjs');

if (!existsSync(join(root, 'web', 'dist', 'index.html'))) {
  process.stderr.write('web/dist/index.html is missing: run `npm run build:web` before the end-to-end tests\n');
  process.exit(1);
}

// Always the embedded database in the throwaway folder, never a developer's DATABASE_URL.
delete process.env.DATABASE_URL;

rmSync(dataDir, { recursive: true, force: true });
rmSync(demoFile, { force: true });
mkdirSync(dataDir, { recursive: true });

// The seed must finish (and release its lock on the folder) before the server opens it.
const out = execFileSync(process.execPath, [cli, 'demo', 'seed', '--data-dir', dataDir, '--json'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const seed = JSON.parse(out);
if (!Array.isArray(seed.users) || seed.users.length === 0) {
  process.stderr.write(`caliper demo seed printed no users: ${out}\n`);
  process.exit(1);
}
writeFileSync(demoFile, `${JSON.stringify(seed, null, 2)}\n`);

process.argv = [process.argv[0] ?? 'node', cli, 'serve', '--port', port, '--data-dir', dataDir];
await import('../bin/caliper.mjs');
