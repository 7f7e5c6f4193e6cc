/**
 * The layering rule of docs/architecture.md is enforced by the linter (biome.json overrides):
 * each case writes a file with one import into a layer's folder, lints it, and checks that a
 * forbidden import fails and an allowed one passes. The files are removed afterwards.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIOME = fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url));

/** Lints a probe file holding `line` at `path` (relative to the repository); true when it passes. */
async function lintPasses(path: string, line: string): Promise<{ ok: boolean; output: string }> {
  const file = `${ROOT}${path}`;
  writeFileSync(file, `${line}\n\nexport const probe = typeof imported;\n`);
  try {
    await run(BIOME, ['lint', '--only=style/noRestrictedImports', path], { cwd: ROOT });
    return { ok: true, output: '' };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
}

describe('layering lint', () => {
  it.each([
    ['src/domain/grader/layering-probe.ts', "import { imported } from '../../db/client.js';", 'Domain code is pure'],
    [
      'src/domain/loops/layering-probe.ts',
      "import { imported } from '../../services/context.js';",
      'Domain code is pure',
    ],
    ['src/domain/bank/layering-probe.ts', "import { imported } from '../../http/app.js';", 'Domain code is pure'],
    [
      'src/services/practice/layering-probe.ts',
      "import { imported } from '../../http/app.js';",
      'Services know nothing',
    ],
    ['src/services/layering-probe.ts', "import { imported } from '../cli/errors.js';", 'Services know nothing'],
    [
      'src/http/routes/layering-probe.ts',
      "import { imported } from '../../db/client.js';",
      'Routes reach the database',
    ],
    ['src/cli/layering-probe.ts', "import type { imported } from '../db/client.js';", 'CLI commands reach'],
  ])('refuses %s importing across the layers', async (path, line, message) => {
    const result = await lintPasses(path, line);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
    expect(result.output).toContain(message);
  });

  it.each([
    ['src/domain/grader/layering-probe.ts', "import type { imported } from '../../shared/schemas/question.js';"],
    ['src/services/practice/layering-probe.ts', "import { imported } from '../../db/client.js';"],
    ['src/http/routes/layering-probe.ts', "import { imported } from '../../services/context.js';"],
  ])('allows %s importing downwards', async (path, line) => {
    expect((await lintPasses(path, line)).ok).toBe(true);
  });
});
