/**
 * The keyboard and links in real browsers: one tab stop per topic on the page, the arrow keys
 * between a topic's highlights, and a highlight inside a link that opens the card on a plain
 * click (the card then offers the link) while a modified click is left to the page.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { useSession } from './harness/use-session';

/** The focused element's topic and its index among that topic's marks (-1: not a mark). */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const topic = active?.getAttribute('data-fackkoll-topic') ?? null;
    const marks = [...document.querySelectorAll(`mark[data-fackkoll-topic="${topic}"]`)];
    return { topic, index: active ? marks.indexOf(active) : -1, total: marks.length };
  });
}

function cardText(page: Page) {
  return page.evaluate(() => document.querySelector('fackkoll-card')?.shadowRoot?.textContent ?? '');
}

describe.each(['chromium', 'firefox'] as const)('keyboard and links in %s', (kind) => {
  let page: Page;
  const env = useSession(kind, resolve(ROOT, 'tests/e2e/fixtures'), {
    locale: 'sv-SE',
    width: 1000,
    height: 700,
  });
  beforeAll(async () => {
    page = await env.session.newPage(env.server.url('keyboard-links.html'));
    await page.bringToFront();
    await waitForStableMarks(page);
  });

  it('adds one tab stop per topic: Tab reaches each topic once, then the page goes on', async () => {
    const topics = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('mark.fackkoll-mark')].map((m) =>
            m.getAttribute('data-fackkoll-topic'),
          ),
        ).size,
    );
    const marks = await page.evaluate(() => document.querySelectorAll('mark.fackkoll-mark').length);
    expect(marks).toBeGreaterThan(topics);
    // Walk the whole tab order from the top of the page, counting our stops.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.id === 'efter'
          ? 'end'
          : (el?.getAttribute('data-fackkoll-topic') ?? el?.tagName ?? 'none');
      });
      if (at === 'end') break;
      seen.push(at);
    }
    const stops = seen.filter((s) => s === s.toLowerCase());
    expect(new Set(stops).size).toBe(topics);
    // At most one per topic (the target: topics + 1 at most); the link is one stop of its own.
    expect(stops.length).toBe(topics);
    expect(seen).toContain('A');
  });

  it("moves between a topic's highlights with the arrow keys, Home and End, wrapping", async () => {
    await page.focus('mark.fackkoll-mark[data-fackkoll-topic="welfare"][tabindex="0"]');
    const start = await focused(page);
    expect(start.topic).toBe('welfare');
    expect(start.total).toBeGreaterThan(2);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ topic: 'welfare', index: start.index + 1 });
    await page.keyboard.press('End');
    expect(await focused(page)).toMatchObject({ topic: 'welfare', index: start.total - 1 });
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ topic: 'welfare', index: 0 });
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toMatchObject({ topic: 'welfare', index: start.total - 1 });
    // The moved stop is the topic's one tab stop now.
    const inOrder = await page.evaluate(
      () => document.querySelectorAll('mark[data-fackkoll-topic="welfare"][tabindex="0"]').length,
    );
    expect(inOrder).toBe(1);
  });

  it('opens the card, not the link, on a plain click on a highlight inside a link; the card offers the link', async () => {
    const url = page.url();
    await page.click('#lank mark.fackkoll-mark');
    await waitUntil(
      async () =>
        (await cardText(page)).includes('Öppna länken') || (await cardText(page)).includes('Open the link'),
      10_000,
    );
    expect(page.url()).toBe(url);
  });
});
