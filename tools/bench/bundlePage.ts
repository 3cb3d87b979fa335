/** Bundles the browser side of the benchmark (engine, mark.js, matcher, lexicon) into one script. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function bundlePage(entry: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'fackkoll-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: { entry: resolve(entry), formats: ['iife'], name: 'FackkollBench', fileName: () => 'bench.js' },
      },
    });
    return await readFile(join(outDir, 'bench.js'), 'utf8');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
