#!/usr/bin/env node
/**
 * Runs a TypeScript tool as one bundled ES module. Batch tools such as classify are judged
 * on throughput, and tsx's per-module transform costs seconds of start-up on a busy machine;
 * esbuild bundles the whole tool in tens of milliseconds.
 *
 * usage: node tools/run-bundled.mjs tools/classify.ts [args…]
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-bundled.mjs ENTRY.ts [args…]');
  process.exit(2);
}
const cacheDir = resolve(root, 'node_modules/.cache/fackkoll-tools');
mkdirSync(cacheDir, { recursive: true });
const outfile = resolve(cacheDir, `${entry.replace(/[\\/.]/g, '_')}.mjs`);

await build({
  entryPoints: [resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
// The tool reads its arguments from process.argv as if started directly.
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
