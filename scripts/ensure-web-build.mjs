// Before `npm start`: build the web app once if it has not been built yet, so a fresh
// clone serves the real pages without a separate build step.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('web/dist/index.html')) {
  console.log('Building the web app (first start only)...');
  execSync('npm run --silent build:web', { stdio: 'inherit' });
}
