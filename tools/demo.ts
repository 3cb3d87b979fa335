/**
 * The main job on a fresh machine without a display: build the extension, open the bundled
 * demo article in headless Chromium with it loaded, wait for the highlights, save a screenshot
 * and print the topics found and the position the card opens on for each.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUNDLED_PACK } from '../core/pack/bundled';
import { buildTestExtension, ROOT } from '../tests/e2e/harness/build-extension';
import { launch } from '../tests/e2e/harness/launch';
import { waitForStableMarks } from '../tests/e2e/harness/marks';
import { serveDir } from '../tests/e2e/harness/static-server';

const OUT = resolve(ROOT, 'demo-output');

async function main(): Promise<void> {
  console.log('Building the extension…');
  const dir = buildTestExtension('chromium');
  const server = await serveDir(resolve(ROOT, 'demo'));
  const session = await launch('chromium', dir, { width: 1100, height: 1400 });
  try {
    const page = await session.newPage(server.url('article.html'));
    const counts = await waitForStableMarks(page);
    mkdirSync(OUT, { recursive: true });
    const shot = resolve(OUT, 'article.png');
    await page.screenshot({ path: shot as `${string}.png`, fullPage: true });

    const names = new Map(BUNDLED_PACK.topics.map((t) => [t.id, t.name]));
    const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = rows.reduce((n, [, c]) => n + c, 0);
    console.log(`\nTopics found on the demo article (${rows.length} topics, ${total} matches):`);
    for (const [id, count] of rows) {
      const name = names.get(id);
      console.log(
        `  ${String(count).padStart(3)}  ${id.padEnd(24)} ${name ? `${name.sv} / ${name.en}` : ''}`,
      );
    }
    console.log('\nThe card on the first highlight of each topic, chosen by what its paragraph says:');
    for (const [id] of rows) {
      await page.keyboard.press('Escape');
      await page.click(`article mark[data-fackkoll-topic="${id}"]`);
      await page.waitForFunction(() =>
        document.querySelector('fackkoll-card')?.shadowRoot?.querySelector('h2'),
      );
      const card = await page.evaluate(() => {
        const root = document.querySelector('fackkoll-card')?.shadowRoot;
        return {
          position: root?.querySelector('.fk-position')?.getAttribute('data-position'),
          about: root?.querySelector('.fk-fit')?.textContent,
        };
      });
      const word = await page.$eval(`article mark[data-fackkoll-topic="${id}"]`, (m) => m.textContent);
      console.log(
        `  ${id.padEnd(24)} "${word}": ${card.position ? `${card.position} (${card.about})` : 'topic overview: no position speaks to this paragraph'}`,
      );
    }
    console.log(`\nScreenshot: ${shot}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
