import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Loads the built web app's index page; undefined when the app has not been built. */
export interface WebApp {
  indexHtml(): string | undefined;
}

/**
 * Serve the built React app's assets. Page routes (the SPA's index) are answered by the
 * not-found handler, which knows which paths are real pages.
 */
export async function registerWeb(app: FastifyInstance, webDir?: string): Promise<WebApp> {
  const root = resolve(webDir ?? DEFAULT_WEB_DIR);
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // Hashed asset names never change content, so browsers may keep them for a year.
      setHeaders: (res, path) => {
        if (path.includes(`${join(root, 'assets')}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  let cached: string | undefined;
  return {
    indexHtml: () => {
      if (!built) return undefined;
      cached ??= readFileSync(join(root, 'index.html'), 'utf8');
      return cached;
    },
  };
}
