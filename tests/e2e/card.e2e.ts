/**
 * The in-page card on the demo article, in Chromium and Firefox: opens on click and on Enter,
 * one at a time, never over its word nor holding the scroll, Escape returns focus, axe-clean.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { ROOT } from './harness/build-extension';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { useSession } from './harness/use-session';

const HOST = 'fackkoll-card';

/** What the test needs to know about the open card, read through its open shadow root. */
function cardState(page: Page) {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const dialog = hosts[0]?.shadowRoot?.querySelector('[role="dialog"]');
    const box = dialog?.getBoundingClientRect();
    return {
      count: hosts.length,
      title: dialog?.querySelector('h2')?.textContent ?? null,
      focused: dialog ? hosts[0]?.shadowRoot?.activeElement === dialog : false,
      box: box ? { top: box.top, bottom: box.bottom, left: box.left, right: box.right } : null,
    };
  }, HOST);
}

function markBox(page: Page, selector: string) {
  return page.$eval(selector, (m) => {
    const b = m.getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
  });
}

const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(['chromium', 'firefox'] as const)('in-page card in %s', (kind) => {
  let page: Page;

  const env = useSession(kind, resolve(ROOT, 'demo'), {
    locale: 'sv-SE',
    width: 1000,
    height: 700,
    // Emulated through CDP, which Firefox (WebDriver BiDi) does not offer.
    ...(kind === 'chromium' ? { colorScheme: 'light' as const } : {}),
  });
  beforeAll(async () => {
    page = await env.session.newPage(env.server.url('article.html'));
    await waitForStableMarks(page);
  });

  const welfare = 'article mark[data-fackkoll-topic="welfare"]';
  const industry = 'article mark[data-fackkoll-topic="industry"]';

  it('opens on click next to the word, without covering it or holding the scroll', async () => {
    await page.click(welfare);
    await waitUntil(async () => (await cardState(page)).focused);
    const card = await cardState(page);
    expect(card.count).toBe(1);
    expect(card.title).toMatch(/^(Välfärd och välfärdssektorn|Welfare and the welfare sector)$/);
    expect(overlaps(card.box as NonNullable<typeof card.box>, await markBox(page, welfare))).toBe(false);

    const before = await page.evaluate(() => scrollY);
    await page.evaluate(() => scrollBy(0, 120));
    await waitUntil(async () => (await page.evaluate(() => scrollY)) > before);
    await page.evaluate(() => scrollTo(0, 0));
  });

  it('passes axe with the card open', async () => {
    const result = await runAxe(page, HOST);
    expect(result.violations).toEqual([]);
    // Proof that axe saw inside the shadow root rather than an empty host.
    expect(result.passes).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });

  it('closes on Escape and gives focus back to the word', async () => {
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await cardState(page)).count === 0);
    expect(await page.$eval(welfare, (m) => m === document.activeElement)).toBe(true);
  });

  it('opens on Enter from the keyboard, one card at a time', async () => {
    await page.focus(industry);
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await cardState(page)).focused);
    expect((await cardState(page)).title).toMatch(
      /^(Industri och exportindustri|Industry and export industry)$/,
    );
    await page.click(welfare);
    await waitUntil(async () => /^(Välfärd|Welfare)/.test((await cardState(page)).title ?? ''));
    expect((await cardState(page)).count).toBe(1);
  });

  it('closes on a click outside it', async () => {
    await page.click('header.site');
    await waitUntil(async () => (await cardState(page)).count === 0);
  });

  it('adds at most one tab stop per topic on the demo article', async () => {
    // Every element in the tab order, after Tab has set the stops; ours are the marks among them.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const stops = await page.evaluate(() => {
      const marks = [...document.querySelectorAll<HTMLElement>('mark.fackkoll-mark')];
      return {
        marks: marks.length,
        topics: new Set(marks.map((m) => m.dataset.fackkollTopic)).size,
        ours: marks.filter((m) => m.tabIndex >= 0).length,
      };
    });
    expect(stops.marks).toBeGreaterThan(stops.topics);
    expect(stops.ours).toBeLessThanOrEqual(stops.topics + 1);
    expect(stops.ours).toBe(stops.topics);
  });
});
