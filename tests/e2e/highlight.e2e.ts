/**
 * Page highlighting in real browsers, with the test build (content script on 127.0.0.1):
 * a static article, a live feed, a single-page route change, a same-origin frame, an open shadow
 * root, an editable comment box left alone, and a live topic toggle.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { type Session, waitUntil } from './harness/launch';
import { useSession } from './harness/use-session';

/** Waits for the test build's "done" state on <html> (written after each settled scan). */
async function waitForDone(page: Page): Promise<void> {
  await waitUntil(async () => {
    const raw = await page.evaluate(() => document.documentElement.getAttribute('data-fackkoll-test'));
    return raw !== null && JSON.parse(raw).state === 'done';
  }, 20_000);
}

/** Marked words with their topics, in the document and in one frame or shadow root. */
function marksOf(page: Page, where: 'page' | 'frame' | 'shadow' = 'page'): Promise<[string, string][]> {
  return page.evaluate((w) => {
    const root =
      w === 'frame'
        ? (document.querySelector('iframe') as HTMLIFrameElement).contentDocument
        : w === 'shadow'
          ? document.querySelector('nyhets-kort')?.shadowRoot
          : document;
    return [...(root?.querySelectorAll('mark.fackkoll-mark') ?? [])].map(
      (m) => [m.textContent ?? '', m.getAttribute('data-fackkoll-topic') ?? ''] as [string, string],
    );
  }, where);
}

async function setSettings(session: Session, change: Partial<typeof DEFAULT_SETTINGS>): Promise<void> {
  const page = await session.openExtensionPage('popup.html');
  await page.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({
        settings: value,
      }),
    { ...DEFAULT_SETTINGS, ...change },
  );
  await page.close();
}

describe.each(['chromium', 'firefox'] as const)('page highlighting in %s', (kind) => {
  const env = useSession(kind, new URL('./fixtures', import.meta.url).pathname);

  it('marks an article but never scripts, form fields, code, svg or the comment box', async () => {
    const page = await env.session.newPage(env.server.url('highlight-article.html'));
    await waitForDone(page);
    const marks = await marksOf(page);
    expect(marks).toEqual(
      expect.arrayContaining([
        ['Fackförbundet', 'unions'],
        ['välfärden', 'welfare'],
        ['arbetsmiljön', 'work-environment'],
        ['kollektivavtalen', 'collective-agreements'],
        ['asylsökande', 'asylum'],
      ]),
    );
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('mark.fackkoll-mark')]
        .filter((m) =>
          m.closest('script,style,textarea,input,select,option,pre,code,svg,noscript,[contenteditable]'),
        )
        .map((m) => m.textContent),
    );
    expect(outside).toEqual([]);
    const box = await page.$eval('#kommentarsruta', (el) => ({
      text: el.textContent,
      html: el.children.length,
    }));
    expect(box).toEqual({ text: 'Min kommentar: arbetsmiljön och facket.', html: 1 });
    expect(await page.$eval('#svar', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'Jag håller med facket om välfärden.',
    );
    const mark = await page.$eval('#p1 mark', (m) => [
      m.getAttribute('tabindex') !== null,
      m.getAttribute('role'),
    ]);
    expect(mark).toEqual([true, 'button']);
    // One tab stop per topic, not per mark: every other mark is reached with the arrow keys. The
    // stops are set when Tab is first pressed.
    await page.keyboard.press('Tab');
    const stops = await page.$$eval('mark.fackkoll-mark', (marks) => ({
      topics: new Set(marks.map((m) => m.getAttribute('data-fackkoll-topic'))).size,
      inTabOrder: marks.filter((m) => (m as HTMLElement).tabIndex === 0).length,
      marks: marks.length,
    }));
    expect(stops.inTabOrder).toBe(stops.topics);
    await page.close();
  });

  it('marks the article, not the site’s header, menu, teaser column or footer', async () => {
    const page = await env.session.newPage(env.server.url('highlight-article.html'));
    await waitForDone(page);
    const where = await page.evaluate(() =>
      [...document.querySelectorAll('mark.fackkoll-mark')].map((m) =>
        m.closest('article') ? 'article' : (m.closest('[id]')?.id ?? 'elsewhere'),
      ),
    );
    // The site chrome holds Välfärden, Pension, Facket, LO, Asylsökande and Lediga tjänster.
    expect(where.filter((w) => w !== 'article')).toEqual([]);
    expect(where.length).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  it('highlights twenty appended paragraphs', async () => {
    const page = await env.session.newPage(env.server.url('highlight-live.html'));
    await waitForDone(page);
    await page.evaluate(() => (window as unknown as { addPosts(n: number): void }).addPosts(20));
    await waitUntil(async () => (await page.$$('#flode mark.fackkoll-mark')).length === 40);
    await page.close();
  });

  it('highlights the new article after a single-page route change', async () => {
    const page = await env.session.newPage(env.server.url('highlight-spa.html'));
    await waitForDone(page);
    expect(await marksOf(page)).toEqual([]);
    await page.evaluate(() => (window as unknown as { goToArticle(): void }).goToArticle());
    await waitUntil(async () => (await marksOf(page)).length === 4);
    expect((await marksOf(page)).map(([, t]) => t)).toEqual([
      'labour-market',
      'unions',
      'labour-market',
      'unions',
    ]);
    await page.close();
  });

  it('highlights inside a same-origin frame and an open shadow root', async () => {
    const page = await env.session.newPage(env.server.url('highlight-frames.html'));
    await waitUntil(
      async () => (await marksOf(page, 'frame')).length === 2 && (await marksOf(page, 'shadow')).length === 2,
    );
    expect(await marksOf(page, 'frame')).toEqual([
      ['asylsökande', 'asylum'],
      ['flyktingar', 'asylum'],
    ]);
    expect(await marksOf(page, 'shadow')).toEqual([
      ['skyddsombud', 'work-environment'],
      ['välfärden', 'welfare'],
    ]);
    expect(await marksOf(page)).toEqual([]);
    await page.close();
  });

  it('removes a topic switched off at once and brings it back when switched on', async () => {
    const page = await env.session.newPage(env.server.url('highlight-article.html'));
    await waitForDone(page);
    const text = await page.evaluate(() => document.body.textContent);
    const topics = async () => new Set((await marksOf(page)).map(([, t]) => t));
    expect(await topics()).toContain('welfare');
    await setSettings(env.session, { topics: { welfare: { enabled: false, color: null } } });
    await waitUntil(async () => !(await topics()).has('welfare'));
    expect(await topics()).toContain('unions');
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    await setSettings(env.session, { topics: {} });
    await waitUntil(async () => (await topics()).has('welfare'));
    await page.close();
  });
});
