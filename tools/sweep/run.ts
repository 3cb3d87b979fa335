/**
 * `npm run sweep -- DIR [--json] [--no-build] [--expect-no-marks] [--timeout MS]`
 * Serves every DIR/NAME/source.html on 127.0.0.1 with all other requests blocked, loads it in
 * headless Chromium without and then with the test build of the extension, and reports per page:
 * marks, extension exceptions, marks inside excluded elements, whether the text changed, when the
 * highlighter finished and the longest tasks. Exits 1 on any exception, violation, changed text
 * or unfinished page (and on any mark with --expect-no-marks).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { buildTestExtension, testExtensionDir } from '../../tests/e2e/harness/build-extension';
import { findBrowser } from '../../tests/e2e/harness/find-browser';
import { CHROMIUM_ARGS, launch } from '../../tests/e2e/harness/launch';
import { serveDir } from '../../tests/e2e/harness/static-server';
import { failures, printTable } from './report';
import { baselineText, type PageResult, type PageText, sweepPage } from './sweepPage';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'expect-no-marks': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '30000' },
  },
});
const dir = resolve(positionals[0] ?? '');
if (!positionals[0] || !existsSync(dir)) {
  console.error('usage: npm run sweep -- DIR   (DIR holds NAME/source.html pages)');
  process.exit(2);
}
const timeoutMs = Number(values.timeout);
const names = readdirSync(dir)
  .filter((n) => existsSync(join(dir, n, 'source.html')))
  .sort();
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!values['no-build']) {
  log('building the test extension…');
  buildTestExtension('chromium');
}
const server = await serveDir(dir);
const urlOf = (name: string) => server.url(`${encodeURIComponent(name)}/source.html`);
const results: PageResult[] = [];
try {
  const baselines = new Map<string, PageText>();
  const plain = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    pipe: true,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const name of names)
      baselines.set(name, await baselineText(plain, server.origin, urlOf(name), timeoutMs));
  } finally {
    await plain.close();
  }
  const session = await launch('chromium', testExtensionDir('chromium'));
  try {
    for (const name of names) {
      const result = await sweepPage(
        session.browser,
        server.origin,
        name,
        urlOf(name),
        baselines.get(name) as PageText,
        timeoutMs,
      );
      results.push(result);
      log(
        `${name}: ${result.marks} marks, ${result.extensionErrors.length} errors, finished ${result.finishedAtMs ?? 'never'}`,
      );
    }
  } finally {
    await session.close();
  }
} finally {
  await server.close();
}

const failed = failures(results, { expectNoMarks: values['expect-no-marks'] ?? false });
if (values.json) process.stdout.write(`${JSON.stringify({ pages: results, failures: failed })}\n`);
else printTable(results, failed);
process.exit(failed.length > 0 ? 1 : 0);
