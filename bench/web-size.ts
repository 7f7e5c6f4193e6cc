import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load JavaScript of one page, as the browser fetches it. */
export interface FirstLoad {
  page: string;
  chunks: string[];
  gzipBytes: number;
}

const DIST = 'web/dist';

/**
 * Pages measured, with the source modules the page loads lazily on arrival (the chunk Vite
 * names after that module). Sign-in renders from the entry; practice lazy-loads its app.
 */
const PAGES: { page: string; lazy: string[] }[] = [
  { page: 'sign-in (/sign-in)', lazy: [] },
  { page: 'practice (/practice)', lazy: ['practice-app'] },
];

/** Static imports of a built chunk (`import … from "./x.js"`), not dynamic `import()`. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    if (m[1]) found.add(m[1]);
  }
  for (const m of code.matchAll(/export\s*[\w$*{}\s,]*from\s*["']\.\/([^"']+\.js)["']/g)) {
    if (m[1]) found.add(m[1]);
  }
  return [...found];
}

/**
 * Gzipped JavaScript each page loads first, from the Vite build: the entry script, its
 * modulepreloads, the page's lazy chunk, and everything those import statically. Returns a
 * reason instead when there is no build.
 */
export function firstLoadSizes(): FirstLoad[] | string {
  const html = join(DIST, 'index.html');
  if (!existsSync(html)) return 'no web build: run `npm run build:web` first';
  const index = readFileSync(html, 'utf8');
  const assets = join(DIST, 'assets');
  const files = readdirSync(assets);
  const fromHtml = [...index.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  return PAGES.map(({ page, lazy }) => {
    const start = [...fromHtml];
    for (const name of lazy) {
      const chunk = files.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
      if (!chunk) throw new Error(`no chunk for ${name} in ${assets}; has the page's lazy import moved?`);
      start.push(chunk);
    }
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const f = queue.pop() as string;
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(...staticImports(readFileSync(join(assets, f), 'utf8')));
    }
    const gzipBytes = [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
    return { page, chunks: [...seen].sort(), gzipBytes };
  });
}
