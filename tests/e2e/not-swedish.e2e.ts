/**
 * A page not in Swedish on a site Fackkoll reads by itself: no marks (Swedish words such as
 * "pension" are English ones too), the popup says why, and the reader can scan it with the
 * English words for this page only.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from './harness/launch';
import { markCounts, waitForStableMarks } from './harness/marks';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

const UI = {
  sv: {
    title: 'Sidan verkar inte vara på svenska',
    scan: 'Sök med engelska ord',
    scanPage: 'Sök igenom sidan',
    hint: 'har bara letat efter de svenska orden',
  },
  en: {
    title: 'This page does not seem to be in Swedish',
    scan: 'Scan with English words',
    scanPage: 'Scan this page',
    hint: 'looked only for the Swedish words',
  },
} as const;

describe.each(['chromium', 'firefox'] as const)('a page not in Swedish in %s', (kind) => {
  const env = useSession(kind, new URL('./fixtures', import.meta.url).pathname);
  let article: Page;
  let popup: Page;
  let lang: 'sv' | 'en';

  beforeAll(async () => {
    article = await env.session.newPage(env.server.url('english-page.html'));
    const tab = await tabIdOf(env.session, env.server.url('english-page.html'));
    popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
    lang = (await popup.evaluate(() => document.documentElement.lang)).startsWith('sv') ? 'sv' : 'en';
  });
  afterAll(async () => {
    await popup?.close();
    await article?.close();
  });

  const popupText = () => popup.evaluate(() => document.body.textContent ?? '');

  it('gets no marks by itself, and the popup says the page is not in Swedish', async () => {
    await waitUntil(async () => (await popupText()).includes(UI[lang].title), 10_000);
    expect(await markCounts(article)).toEqual({});
    // Not highlighted, so the compiled lexicon was never even read from storage.
    const probe = await article.evaluate(() => document.documentElement.getAttribute('data-fackkoll-test'));
    expect(JSON.parse(probe ?? '{}')).toMatchObject({ state: 'off', setupReads: 0 });
  });

  it('is scanned with the English words when the reader asks, this page only', async () => {
    const button = await popup.waitForSelector(`xpath/.//button[normalize-space()="${UI[lang].scan}"]`);
    await button?.click();
    const counts = await waitForStableMarks(article);
    expect(counts.welfare ?? 0).toBeGreaterThan(0);
    const probe = await article.evaluate(() => document.documentElement.getAttribute('data-fackkoll-test'));
    expect(JSON.parse(probe ?? '{}').setupReads).toBe(1);
    // The setting itself stays off: other pages are not read in English.
    const english = await popup.evaluate(async () => {
      type Api = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
      // Firefox's promise API is `browser`; its `chrome` takes callbacks.
      const api = globalThis as unknown as { browser?: Api; chrome: Api };
      const storage = (api.browser ?? api.chrome).storage.sync;
      const all = await storage.get('settings');
      return (all.settings as { english?: boolean } | undefined)?.english ?? false;
    });
    expect(english).toBe(false);
  });

  it('says, when the reader scans it in on-demand mode, that only the Swedish words were used', async () => {
    await popup.evaluate(async () => {
      type Sync = { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const api = globalThis as unknown as {
        browser?: { storage: { sync: Sync } };
        chrome: { storage: { sync: Sync } };
      };
      const storage = (api.browser ?? api.chrome).storage.sync;
      const { settings } = await storage.get('settings');
      await storage.set({ settings: { ...(settings as object), mode: 'on-demand' } });
    });
    await article.reload();
    // The open popup follows the reloaded page: it waits to be asked now.
    const scan = await popup.waitForSelector(`xpath/.//button[normalize-space()="${UI[lang].scanPage}"]`, {
      timeout: 10_000,
    });
    await scan?.click();
    await waitUntil(async () => (await popupText()).includes(UI[lang].hint), 10_000);
    const swedishOnly = await markCounts(article);
    const note = await popup.$eval('[role="note"]', (n) => n.textContent ?? '');
    expect(note).toContain(UI[lang].hint);
    await popup.$eval('[role="note"] button', (b) => (b as HTMLElement).click());
    await waitUntil(async () => !(await popupText()).includes(UI[lang].hint), 10_000);
    const withEnglish = await waitForStableMarks(article);
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(withEnglish)).toBeGreaterThan(total(swedishOnly));
  });
});
