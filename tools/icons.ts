/** Renders assets/icon.svg to the PNG sizes both stores ask for (public/icon/<size>.png). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT } from '../tests/e2e/harness/build-extension';
import { findBrowser } from '../tests/e2e/harness/find-browser';

const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: findBrowser('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  const path = resolve(ROOT, `public/icon/${size}.png`) as `${string}.png`;
  await page.screenshot({ path, omitBackground: true });
  console.log(path);
}
await browser.close();
