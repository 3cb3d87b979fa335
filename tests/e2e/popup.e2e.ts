/**
 * The popup against the real extension on the demo article, in Chromium and Firefox: topics and
 * counts, previous/next, axe, and the README screenshots (Chromium: only it emulates dark mode).
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { centralTopics } from '../../core/relevance/central-topics';
import { runAxe } from './harness/axe';
import { ROOT } from './harness/build-extension';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');

async function popupRows(popup: Page): Promise<[string, string][]> {
  await waitUntil(() => popup.evaluate(() => document.querySelectorAll('.fk-topic').length > 0), 20_000);
  return popup.$$eval('.fk-topic', (rows) =>
    rows.map((row): [string, string] => [
      (row as HTMLElement).dataset.topic ?? '',
      row.querySelector('.fk-count')?.textContent ?? '',
    ]),
  );
}

/** Index of the focused mark among the topic's marks, and whether it is on screen. */
function focusedOccurrence(article: Page, topic: string) {
  return article.evaluate((t) => {
    const marks = [...document.querySelectorAll(`mark[data-fackkoll-topic="${t}"]`)];
    const active = document.activeElement as Element;
    const box = active.getBoundingClientRect();
    return { index: marks.indexOf(active), onScreen: box.top >= 0 && box.bottom <= innerHeight };
  }, topic);
}

describe.each(['chromium', 'firefox'] as const)('popup in %s', (kind) => {
  let article: Page;
  let popup: Page;
  let counts: Record<string, number>;

  // colorScheme is emulated through CDP, which Firefox (WebDriver BiDi) does not offer.
  const env = useSession(kind, resolve(ROOT, 'demo'), {
    locale: 'sv-SE',
    ...(kind === 'chromium' ? { colorScheme: 'light' as const } : {}),
  });
  beforeAll(async () => {
    // A short viewport, so stepping through occurrences has to scroll.
    article = await env.session.newPage(env.server.url('article.html'));
    await article.setViewport({ width: 1000, height: 500 });
    counts = await waitForStableMarks(article);
    const tab = await tabIdOf(env.session, env.server.url('article.html'));
    expect(tab).toBeGreaterThanOrEqual(0);
    popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
    await popup.setViewport({ width: 360, height: 600 });
  });

  it('lists the demo article topics most central first, with their counts', async () => {
    const rows = await popupRows(popup);
    expect(Object.keys(counts)).toEqual(
      expect.arrayContaining(['welfare', 'industry', 'asylum', 'residence-permits']),
    );
    expect(rows.map(([topic]) => topic).sort()).toEqual(Object.keys(counts).sort());
    // Central: by matches, a mention in the headline or lead (the article's first 600
    // characters, as entrypoints/content/page-positions.ts reads them) weighing LEAD_WEIGHT;
    // read off the page's own marks.
    const lead = await article.evaluate(() => {
      const root = document.querySelector('article') as Element;
      const found: Record<string, number> = {};
      for (const mark of root.querySelectorAll('mark[data-fackkoll-topic]')) {
        const range = document.createRange();
        range.setStart(root, 0);
        range.setEndAfter(mark);
        const topic = (mark as HTMLElement).dataset.fackkollTopic as string;
        // Whole words only: a word cut at the 600th character is not a match there.
        if (range.toString().length <= 600) found[topic] = (found[topic] ?? 0) + 1;
      }
      return found;
    });
    expect(Object.keys(lead).length).toBeGreaterThan(0);
    const order = BUNDLED_PACK.topics.map((t) => t.id);
    expect(rows.map(([topic]) => topic)).toEqual(centralTopics(counts, order, lead));
    // The UI language follows the browser (sv-SE); Firefox without a Swedish language pack says English.
    for (const [topic, text] of rows)
      expect(text).toMatch(new RegExp(`^${counts[topic]} (träff|träffar|match|matches)$`));
  });

  // Before the steps below, so the screenshot shows the popup as a reader first sees it. Chromium
  // only: switching the colour scheme of a running page needs CDP.
  if (kind === 'chromium')
    it('saves a dark screenshot at 360 px, and passes axe in dark', async () => {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await popup.screenshot({ path: `${SCREENSHOTS}/popup-dark.png` });
      expect((await runAxe(popup)).violations).toEqual([]);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    });

  it('steps to the next and previous occurrence on the page', async () => {
    const [topic] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] as [string, number];
    const total = counts[topic] as number;
    const status = () => popup.$eval(`[data-topic="${topic}"] .fk-nav-status`, (s) => s.textContent ?? '');
    // The popup is a tab here, so the article is a background tab where smooth scrolling stalls:
    // press the buttons through the DOM and bring the article forward to watch it scroll.
    const press = async (which: 0 | 1, expected: number) => {
      await popup.$$eval(
        `[data-topic="${topic}"] .fk-nav button`,
        (buttons, i) => buttons[i]?.click(),
        which,
      );
      await waitUntil(async () => (await status()).startsWith(`${expected + 1} `));
      await article.bringToFront();
      await waitUntil(async () => (await focusedOccurrence(article, topic)).onScreen);
      expect(await focusedOccurrence(article, topic)).toEqual({ index: expected, onScreen: true });
    };
    await press(1, 0);
    await press(1, 1);
    await press(0, 0);
    await press(0, total - 1);
    await popup.bringToFront();
  });

  it('lists every topic folded, and shows the union position, figures and source for an opened topic', async () => {
    const expanded = await popup.$$eval('.fk-topic-toggle', (toggles) =>
      toggles.map((t) => t.getAttribute('aria-expanded')),
    );
    expect(expanded.length).toBeGreaterThan(2);
    expect(expanded.every((e) => e === 'false')).toBe(true);
    await popup.$eval('[data-topic="welfare"] .fk-topic-toggle', (b) => (b as HTMLElement).click());
    const text = await popup.$eval('[data-topic="welfare"]', (row) => row.textContent ?? '');
    expect(text).toContain('Jessica P Klemetsson & Stefan Leiding');
    expect(text).toMatch(/290[\u00a0,]000/);
  });

  it('passes axe with no violations', async () => {
    expect((await runAxe(popup)).violations).toEqual([]);
  });

  it('follows the page while open: a paragraph added to the article shows in the counts', async () => {
    const count = () => popup.$eval('[data-topic="welfare"] .fk-count', (c) => c.textContent ?? '');
    const before = await count();
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Uppdatering: välfärden och välfärdssektorn behöver mer resurser.';
      document.querySelector('article')?.append(p);
    });
    const expected = (counts.welfare as number) + 2;
    await waitUntil(async () => (await count()).startsWith(`${expected} `), 10_000);
    expect(before.startsWith(`${counts.welfare} `)).toBe(true);
    // The topic opened above stays open through the update.
    expect(
      await popup.$eval('[data-topic="welfare"] .fk-topic-toggle', (b) => b.getAttribute('aria-expanded')),
    ).toBe('true');
  });

  it('hides the highlights and keeps the list on "show highlights" off, and brings them back', async () => {
    const marksLook = () =>
      article.evaluate(() => {
        const marks = [...document.querySelectorAll<HTMLElement>('mark[data-fackkoll-topic]')];
        return {
          count: marks.length,
          roles: marks.filter((m) => m.getAttribute('role') === 'button').length,
          filled: marks.filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').length,
        };
      });
    const shown = await marksLook();
    expect(shown.roles).toBe(shown.count);
    expect(shown.filled).toBe(shown.count);
    const toggle = () =>
      popup.$$eval('[role="switch"]', (switches) => {
        // The second switch: "show highlights on the page" (the first is the site's).
        (switches[1] as HTMLElement | undefined)?.click();
        return switches.length;
      });
    expect(await toggle()).toBe(2);
    await waitUntil(async () => {
      const look = await marksLook();
      return look.count === shown.count && look.roles === 0 && look.filled === 0;
    }, 10_000);
    // The list stays, with the same counts.
    expect((await popupRows(popup)).length).toBe(Object.keys(counts).length);
    await toggle();
    await waitUntil(async () => {
      const look = await marksLook();
      return look.count === shown.count && look.roles === look.count && look.filled === look.count;
    }, 10_000);
  });
});
