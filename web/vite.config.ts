import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server the dev server forwards to (`caliper serve` listens on 3000 by default). */
const API_TARGET = 'http://127.0.0.1:3000';
const proxied = ['/api', '/healthz', '/readyz', '/docs', '/metrics'];

export default defineConfig({
  // Absolute, so `vite --config web/vite.config.ts` works from any working directory.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: API_TARGET, changeOrigin: false }])),
  },
});
