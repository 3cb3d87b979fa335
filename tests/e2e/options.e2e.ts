/**
 * The options page against the real extension, in Chromium and Firefox: live topic switches,
 * export/import round trip, axe, and added sites (see grantSiteAccess for how permission is given).
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { ROOT } from './harness/build-extension';
import { chooseFile } from './harness/extension-api';
import { type Session, waitUntil } from './harness/launch';
import { markCounts, waitForStableMarks } from './harness/marks';
import { useSession } from './harness/use-session';

/** Subdomains of localhost resolve to the loopback in both browsers, yet no manifest pattern covers them. */
const ADDED_HOST = 'fackkoll-test.localhost';

type Ext = {
  storage: {
    sync: { get(k: null): Promise<object>; clear(): Promise<void> };
    local: { get(k: null): Promise<object>; clear(): Promise<void> };
  };
  permissions: { contains(p: object): Promise<boolean> };
};

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrastOf(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function openOptions(session: Session): Promise<Page> {
  const page = await session.openExtensionPage('options.html');
  await waitUntil(() => page.evaluate(() => document.querySelectorAll('li.topic').length > 0), 20_000);
  return page;
}

// Each evaluate names the API itself: functions are sent as source, and extension pages forbid eval.
/** The stored settings and packs (not WXT's `key$` version stamps, which a cleared profile rewrites lazily). */
async function storedState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
    const b = g.browser ?? g.chrome;
    const [sync, local] = await Promise.all([
      b.storage.sync.get(['settings'] as never),
      b.storage.local.get(['packs'] as never),
    ]);
    return JSON.stringify({ sync, local });
  });
}

async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
    const b = g.browser ?? g.chrome;
    await Promise.all([b.storage.sync.clear(), b.storage.local.clear()]);
  });
}

/** Clicks Export with the download captured in the page: the file's text, as the user would save it. */
async function exportFile(page: Page): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { exported?: Promise<string>; resolveExport?: (t: string) => void };
    w.exported = new Promise((r) => (w.resolveExport = r));
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      void (blob as Blob).text().then((t) => w.resolveExport?.(t));
      return original(blob);
    };
    HTMLAnchorElement.prototype.click = () => {}; // no download dialog in a headless run
  });
  await page.click('#transfer button');
  return page.evaluate(() => (window as unknown as { exported: Promise<string> }).exported);
}

/**
 * Gives the extension access to ADDED_HOST the way the browser's own UI does, since a headless
 * browser shows the permission prompt but nothing can click it. Firefox: ExtensionPermissions, the
 * store about:addons writes, told to the running extension. Returns false where no such path
 * exists (Chromium grants optional host permissions only through the prompt).
 */
async function grantSiteAccess(session: Session): Promise<boolean> {
  if (session.kind !== 'firefox') return false;
  const page = await session.newPage();
  page.goto('about:addons').catch(() => {});
  await waitUntil(() => page.evaluate(() => location.href === 'about:addons').catch(() => false));
  const result = await page.evaluate(async (host) => {
    const g = globalThis as unknown as {
      ChromeUtils: {
        importESModule(u: string): {
          ExtensionPermissions: { add(id: string, p: object, e: unknown): Promise<void> };
        };
      };
      WebExtensionPolicy: { getByID(id: string): { extension: unknown } };
    };
    const { ExtensionPermissions } = g.ChromeUtils.importESModule(
      'resource://gre/modules/ExtensionPermissions.sys.mjs',
    );
    const id = 'fackkoll@fackkoll.example';
    const origins = [`https://*.${host}/*`, `http://*.${host}/*`];
    await ExtensionPermissions.add(
      id,
      { permissions: [], origins },
      g.WebExtensionPolicy.getByID(id).extension,
    );
    return true;
  }, ADDED_HOST);
  await page.close().catch(() => {});
  return result;
}

describe.each(['chromium', 'firefox'] as const)('options page in %s', (kind) => {
  const env = useSession(kind, resolve(ROOT, 'demo'), { locale: 'en-US' });

  it('turning a topic off removes its highlights from an open tab within 500 ms', async () => {
    const article = await env.session.newPage(env.server.url('article.html'));
    const counts = await waitForStableMarks(article);
    const [topic] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(topic).toBeDefined();
    // Timed inside the browser (both pages share the wall clock), so the driver's round trips
    // do not count: from the click on the switch to the moment the tab's last mark of it goes.
    await article.evaluate((t) => {
      const w = window as unknown as { goneAt?: number };
      new MutationObserver(() => {
        if (!w.goneAt && !document.querySelector(`mark[data-fackkoll-topic="${t}"]`)) w.goneAt = Date.now();
      }).observe(document.body, { childList: true, subtree: true });
    }, topic as string);
    const options = await openOptions(env.session);
    const clickedAt = await options.$eval(`li.topic[data-topic="${topic}"] input[role="switch"]`, (input) => {
      const at = Date.now();
      (input as HTMLInputElement).click();
      return at;
    });
    await waitUntil(async () => (await markCounts(article))[topic as string] === undefined, 5_000);
    const goneAt = await article.evaluate(() => (window as unknown as { goneAt: number }).goneAt);
    expect(goneAt - clickedAt).toBeLessThan(500);
    // Other topics keep their marks.
    expect(Object.keys(await markCounts(article)).length).toBe(Object.keys(counts).length - 1);
    await options.click(`li.topic[data-topic="${topic}"] input[role="switch"]`);
    await waitUntil(async () => (await markCounts(article))[topic as string] === counts[topic as string]);
    await article.close();
    await options.close();
  });

  it('applies a too-dark custom colour to the open tab as a readable shade, and swaps a taken one', async () => {
    const article = await env.session.newPage(env.server.url('article.html'));
    const counts = await waitForStableMarks(article);
    const [topic] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(topic).toBeDefined();
    const options = await openOptions(env.session);
    const row = `li.topic[data-topic="${topic}"]`;
    const fill = () =>
      article.$eval(`mark[data-fackkoll-topic="${topic}"]`, (mark) => {
        const style = getComputedStyle(mark);
        return [style.backgroundColor, style.color];
      });
    const before = await fill();
    // What the issue reported: #1a237e was applied as it was, 1.4:1 behind the mark text.
    await options.$eval(`${row} input[type="color"]`, (input) => {
      (input as HTMLInputElement).value = '#1a237e';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitUntil(() => options.$eval(row, (li) => li.querySelector('[role="status"]') !== null), 5_000);
    expect(await options.$eval(`${row} [role="status"]`, (p) => p.textContent)).toContain('#1a237e');
    await waitUntil(async () => (await fill())[0] !== before[0], 5_000);
    const [background = '', text = ''] = await fill();
    expect(contrastOf(background, text)).toBeGreaterThanOrEqual(4.5);
    expect(background).not.toBe('rgb(26, 35, 126)');
    // A palette colour another topic has is named with that topic, and choosing it swaps the two.
    const taken = await options.$$eval(`${row} label.swatch.taken`, (labels) => labels.map((l) => l.title));
    expect(taken.length).toBeGreaterThan(0);
    await options.$eval(`${row} details`, (details) => {
      (details as HTMLDetailsElement).open = true;
    });
    await options.click(`${row} label.swatch.taken`);
    await waitUntil(
      () =>
        options.$eval(`${row} [role="status"]`, (p) => p.textContent?.includes('had this colour') ?? false),
      5_000,
    );
    const stored = JSON.parse(await storedState(options)).sync.settings.topics as Record<
      string,
      { color: string }
    >;
    expect(Object.keys(stored)).toHaveLength(2);
    await options.click(`${row} button.link-button`);
    await waitUntil(async () => (await fill())[0] === before[0], 5_000);
    const after = JSON.parse(await storedState(options)).sync.settings.topics as Record<string, unknown>;
    expect(after[topic as string]).toBeUndefined();
    // The other topic keeps what it was given; "Reset all topics" leaves nothing for later tests.
    await options.$$eval('button', (buttons) =>
      buttons.find((b) => b.textContent === 'Reset all topics')?.click(),
    );
    await waitUntil(
      async () => Object.keys(JSON.parse(await storedState(options)).sync.settings.topics).length === 0,
      5_000,
    );
    await article.close();
    await options.close();
  });

  it('shows a site put on "never" as off under the news sites, and the news switch takes it back', async () => {
    const options = await openOptions(env.session);
    const newsSwitch = () =>
      options.$$eval('ul.news-sites li', (items) => {
        const item = items.find((li) => li.textContent?.trim() === 'dn.se');
        return (item?.querySelector('input[role="switch"]') as HTMLInputElement | null)?.checked;
      });
    expect(await newsSwitch()).toBe(true);
    // What the issue did: www.dn.se typed into "never", the dn.se switch stayed on.
    await options.type('#never-host', 'www.dn.se');
    await options.click('#never-host ~ button[type="submit"]');
    await waitUntil(async () => (await newsSwitch()) === false, 5_000);
    await options.$$eval('ul.news-sites li', (items) =>
      items
        .find((li) => li.textContent?.trim() === 'dn.se')
        ?.querySelector('input')
        ?.click(),
    );
    await waitUntil(async () => (await newsSwitch()) === true, 5_000);
    const settings = JSON.parse(await storedState(options)).sync.settings;
    expect(settings.neverSites).toEqual([]);
    expect(settings.disabledNewsSites).toEqual([]);
    await options.close();
  });

  it('switching to on-demand takes the highlights out of an open tab at once, and back brings them', async () => {
    const article = await env.session.newPage(env.server.url('article.html'));
    const counts = await waitForStableMarks(article);
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    const options = await openOptions(env.session);
    await options.click('input[name="mode"][value="on-demand"]');
    await waitUntil(async () => Object.keys(await markCounts(article)).length === 0, 5_000);
    await options.click('input[name="mode"][value="auto"]');
    await waitUntil(async () => JSON.stringify(await markCounts(article)) === JSON.stringify(counts), 10_000);
    await article.close();
    await options.close();
  });

  it('is axe-clean, with every colour chooser open', async () => {
    const options = await openOptions(env.session);
    await options.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect((await runAxe(options)).violations).toEqual([]);
    // Its screenshots are tests/e2e/screenshots.e2e.ts's. Dark mode: Chromium only (CDP).
    if (kind === 'chromium') {
      await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect((await runAxe(options)).violations).toEqual([]);
    }
    await options.close();
  });

  it('export then import round-trips exactly', async () => {
    let options = await openOptions(env.session);
    await options.click('input[name="style"][value="underline"]');
    await options.click('#english');
    await options.type('#never-host', 'example.org');
    await options.click('#never-heading ~ form button[type="submit"]');
    await waitUntil(async () => (await storedState(options)).includes('example.org'));
    const before = await storedState(options);
    const exported = await exportFile(options);
    expect(JSON.parse(exported)).toMatchObject({
      format: 'fackkoll-settings',
      settings: { style: 'underline', english: true },
    });

    await clearStorage(options);
    await options.close();
    options = await openOptions(env.session);
    await chooseFile(options, '#transfer input[type="file"]', 'backup.json', exported);
    await waitUntil(() => options.evaluate(() => !!document.querySelector('.preview')));
    const preview = await options.$eval('.preview', (p) => p.textContent ?? '');
    expect(preview).toContain('example.org');
    await options.click('.preview button.primary');
    await waitUntil(async () => (await storedState(options)).includes('example.org'));
    expect(JSON.parse(await storedState(options))).toEqual(JSON.parse(before));
    expect(JSON.stringify({ ...JSON.parse(await exportFile(options)), exportedAt: 0 })).toBe(
      JSON.stringify({ ...JSON.parse(exported), exportedAt: 0 }),
    );
    await options.close();
  });

  it('adding a site with permission granted makes it highlight', async () => {
    const url = `http://${ADDED_HOST}:${new URL(env.server.origin).port}/article.html`;
    const before = await env.session.newPage(url);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await markCounts(before)).toEqual({}); // no manifest pattern covers the added host
    await before.close();

    const options = await openOptions(env.session);
    const granted = await grantSiteAccess(env.session);
    await options.type('#always-host', ADDED_HOST);
    await options.click('#always-heading ~ form button[type="submit"]');
    if (!granted) {
      // Chromium: the click asked for the permission (the prompt is open, unanswerable here) and
      // nothing was saved while it waits. See the report: the granted path runs in Firefox.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await storedState(options)).not.toContain(ADDED_HOST);
      await options.close();
      return;
    }
    await waitUntil(() =>
      options.evaluate(
        () => document.querySelector('#always-heading ~ ul')?.textContent?.includes('fackkoll-test') ?? false,
      ),
    ).catch(async (e) => {
      const statuses = await options.$$eval('.status', (els) => els.map((el) => el.textContent).join(' | '));
      throw new Error(`${(e as Error).message}; page says: ${statuses}`);
    });
    // The background registers the script after the settings change; reload until it has.
    const page = await env.session.newPage();
    await waitUntil(async () => {
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 700));
      return Object.keys(await markCounts(page)).length > 0;
    }, 20_000);
    const counts = await waitForStableMarks(page);
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    await options.close();
  });
});
