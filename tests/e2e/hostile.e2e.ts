/**
 * A hostile page and a hostile pack, in Chromium and Firefox. The page speaks the extension's
 * protocol through every channel a page has (window messages, DOM events), forges our marks and
 * card, and reads everything it can; the pack carries script payloads into the popup, the card
 * and the options page. Nothing may happen, leak or run.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { ROOT } from './harness/build-extension';
import { badgeOf, chooseFile, probeOf, writeStorage } from './harness/extension-api';
import {
  HOSTILE_PACK_ID,
  INERT_PAYLOADS,
  inertPayloadPack,
  MARKUP_PAYLOADS,
  markupPack,
  PWNED,
} from './harness/hostile-pack';
import { type Session, waitUntil } from './harness/launch';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

/** Settings the page must never see: nothing in rendering needs them. */
const SECRET_SITE = 'hemlig-sajt-4711.example';
/** A colour the page may see, but only inside our own highlight stylesheet. */
const SECRET_COLOR = '#c0ffee';
const HOSTILE_TOPIC = `${HOSTILE_PACK_ID}-topic-0`;
/** Pack texts shown only in the popup, the card and the options page, never in the page itself. */
const PACK_ONLY = [INERT_PAYLOADS[1], INERT_PAYLOADS[3], INERT_PAYLOADS[6]];
/** Elements a payload would have to create to run. */
const ACTIVE =
  'script, img:not(.fk-logo), iframe, object, embed, a[href^="javascript"], [onerror], [onmouseover]';

interface Inert {
  pwned: boolean;
  active: string[];
  text: string;
}

/** What a rendered area holds: its text, any active element, and whether a payload ran. */
function inertness(page: Page, selector: string, shadow = false): Promise<Inert> {
  return page.evaluate(
    (sel, inShadow, active, flag) => {
      const host = document.querySelector(sel);
      const root = inShadow ? host?.shadowRoot : host;
      return {
        pwned: flag in window,
        active: [...(root?.querySelectorAll(active) ?? [])].map((el) => el.localName),
        text: root?.textContent ?? '',
      };
    },
    selector,
    shadow,
    ACTIVE,
    PWNED,
  );
}

/** Real marks only: the page's forged ones carry data-forged. */
function realMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const m of document.querySelectorAll('mark.fackkoll-mark:not([data-forged])')) {
      const t = m.getAttribute('data-fackkoll-topic') ?? '';
      counts[t] = (counts[t] ?? 0) + 1;
    }
    return counts;
  });
}

/** The forged elements as the page wrote them: tag, attributes, text. */
const forgedDom = (page: Page) =>
  page.$$eval('[data-forged]', (els) =>
    els.map((el) => [
      el.localName,
      ...el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`),
      el.textContent,
    ]),
  );
/** Open tabs other than blank ones (Firefox keeps a closed tab as about:blank for a moment). */
const tabUrls = async (session: Session) =>
  (await session.browser.pages())
    .map((p) => p.url())
    .filter((u) => u !== 'about:blank')
    .sort();
const ourCards = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('fackkoll-card:not([data-forged])').length);

describe.each(['chromium', 'firefox'] as const)('hostile page and pack in %s', (kind) => {
  let page: Page;
  let tab: number;
  const dialogs: string[] = [];
  const watchDialogs = (p: Page) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });

  const env = useSession(kind, resolve(ROOT, 'tests/e2e/fixtures'), { locale: 'en-US' });
  beforeAll(async () => {
    await writeStorage(env.session, {
      settings: {
        ...DEFAULT_SETTINGS,
        neverSites: [SECRET_SITE],
        topics: { welfare: { enabled: true, color: SECRET_COLOR } },
      },
    });
  });

  it('imports a payload pack as text and shows a markup pack refused, as text', async () => {
    const options = await env.session.openExtensionPage('options.html');
    watchDialogs(options);
    await waitUntil(() => options.evaluate(() => !!document.querySelector('#packs input[type="file"]')));
    await chooseFile(options, '#packs input[type="file"]', 'paket.json', JSON.stringify(inertPayloadPack()));
    await waitUntil(() =>
      options.evaluate((id) => !!document.querySelector(`li.pack[data-pack="${id}"]`), HOSTILE_PACK_ID),
    );
    await chooseFile(options, '#packs input[type="file"]', 'markup.json', JSON.stringify(markupPack()));
    await waitUntil(() =>
      options.evaluate(() => (document.querySelector('#packs')?.textContent ?? '').includes('unknown field')),
    );

    const packs = await inertness(options, '#packs');
    expect(packs.pwned).toBe(false);
    expect(packs.active).toEqual([]);
    // Shown verbatim: the payloads are there as text, markup included in the error list.
    for (const payload of [INERT_PAYLOADS[0], INERT_PAYLOADS[1], INERT_PAYLOADS[2]])
      expect(packs.text).toContain(payload);
    expect(packs.text).toContain(MARKUP_PAYLOADS[1]);
    await options.close();
  });

  it('opens the hostile page with real marks only on real text', async () => {
    const url = env.server.url('hostile-page.html');
    page = await env.session.newPage(url);
    watchDialogs(page);
    await waitUntil(async () => {
      const probe = await probeOf(page);
      return probe?.state === 'done' && probe.marks > 2;
    }, 20_000);
    const marks = await realMarks(page);
    expect(marks).toMatchObject({ welfare: expect.any(Number), [HOSTILE_TOPIC]: 1 });
    tab = await tabIdOf(env.session, url);
    expect(tab).toBeGreaterThanOrEqual(0);
  });

  it('ignores protocol messages and events sent by the page', async () => {
    const before = {
      marks: await realMarks(page),
      forged: await forgedDom(page),
      probe: await probeOf(page),
      badge: await badgeOf(env.session, tab),
      tabs: await tabUrls(env.session),
    };
    expect(before.badge).not.toBe('');
    await page.evaluate(() => (window as unknown as { hostile: { steer(): void } }).hostile.steer());
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await realMarks(page)).toEqual(before.marks);
    expect(await forgedDom(page)).toEqual(before.forged);
    // No rescan, no report: the probe is rewritten only when the highlighter did something.
    expect(await probeOf(page)).toEqual(before.probe);
    expect(await badgeOf(env.session, tab)).toBe(before.badge);
    // showOccurrence would flash and focus a mark; openTopicDetail would open a tab.
    expect(
      await page.evaluate(() => ({
        flashed: document.querySelectorAll('mark.fackkoll-flash:not([data-forged])').length,
        focused: document.activeElement?.localName,
      })),
    ).toEqual({ flashed: 0, focused: 'body' });
    expect(await tabUrls(env.session)).toEqual(before.tabs);
    expect(await ourCards(page)).toBe(0);
  });

  it('does not count forged marks in the popup', async () => {
    const marks = await realMarks(page);
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
    await waitUntil(() => popup.evaluate(() => document.querySelectorAll('.fk-topic').length > 0), 20_000);
    const rows = await popup.$$eval('.fk-topic', (els) =>
      els.map((el) => [(el as HTMLElement).dataset.topic, el.querySelector('.fk-count')?.textContent ?? '']),
    );
    expect(Object.fromEntries(rows.map(([t, c]) => [t, Number.parseInt(c ?? '', 10)]))).toEqual(marks);
    await popup.close();
  });

  it('lets the page read no setting, global or message of ours', async () => {
    const seen = await page.evaluate(() =>
      (window as unknown as { hostile: { read(): Record<string, unknown> } }).hostile.read(),
    );
    expect(seen.globals).toEqual(['hostile']);
    expect(seen.data).toEqual({});
    // Every text and attribute value in the document and its open shadow roots, but for the text
    // of our highlight stylesheet, where topic colours are by design.
    const dom = await page.evaluate((color) => {
      const parts: string[] = [];
      let colorInStyle = false;
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const name of el.getAttributeNames()) parts.push(`${name}=${el.getAttribute(name)}`);
          if (el.shadowRoot) visit(el.shadowRoot);
          if (el.localName === 'style' && el.hasAttribute('data-fackkoll-ui')) {
            colorInStyle ||= (el.textContent ?? '').includes(color);
            continue;
          }
          for (const node of el.childNodes) if (node.nodeType === 3) parts.push((node as Text).data);
        }
      };
      visit(document);
      return { visible: parts.join('\n'), colorInStyle };
    }, SECRET_COLOR);
    const visible = `${dom.visible}\n${JSON.stringify(seen)}`;
    expect(visible).not.toContain(SECRET_SITE);
    expect(visible).not.toContain(SECRET_COLOR);
    for (const text of PACK_ONLY) {
      expect(visible).not.toContain(text);
      expect(visible).not.toContain(JSON.stringify(text).slice(1, -1));
    }
    // By design the colour is rendered, and only there.
    expect(dom.colorInStyle).toBe(true);
  });

  it('renders pack payloads in the card as text', async () => {
    await page.bringToFront();
    await page.click(`mark.fackkoll-mark[data-fackkoll-topic="${HOSTILE_TOPIC}"]`);
    await waitUntil(async () => (await ourCards(page)) === 1);
    await waitUntil(
      async () => (await inertness(page, 'fackkoll-card:not([data-forged])', true)).text !== '',
    );
    const card = await inertness(page, 'fackkoll-card:not([data-forged])', true);
    expect(card.pwned).toBe(false);
    expect(card.active).toEqual([]);
    for (const payload of [INERT_PAYLOADS[3], INERT_PAYLOADS[4], INERT_PAYLOADS[6]])
      expect(card.text).toContain(payload);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await ourCards(page)) === 0);
    // Closing our card leaves the page's look-alike where it was.
    expect(await page.$$eval('fackkoll-card[data-forged]', (els) => els.length)).toBe(1);
  });

  it('renders pack payloads in the popup as text', async () => {
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}&topic=${HOSTILE_TOPIC}`);
    watchDialogs(popup);
    await waitUntil(async () => (await inertness(popup, 'body')).text.includes(INERT_PAYLOADS[4]), 20_000);
    const shown = await inertness(popup, 'body');
    expect(shown.pwned).toBe(false);
    expect(shown.active).toEqual([]);
    for (const payload of [INERT_PAYLOADS[4], INERT_PAYLOADS[6]]) expect(shown.text).toContain(payload);
    await popup.close();
    expect(await page.evaluate((flag) => flag in window, PWNED)).toBe(false);
    expect(dialogs).toEqual([]);
  });

  /** The card opens only for marks the highlighter made (core/highlight/mark-activation.ts). */
  it('opens no card for a forged mark, even on a real click', async () => {
    await page.bringToFront();
    await page.click('mark[data-forged="1"]');
    await new Promise((r) => setTimeout(r, 600));
    const opened = await ourCards(page);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await ourCards(page)) === 0);
    expect(opened).toBe(0);
  });

  /** Only trusted (user) events open the card: a page script's mark.click() does not. */
  it('opens no card for a click the page script makes on a real mark', async () => {
    await page.evaluate(() => {
      const mark = document.querySelector('mark.fackkoll-mark:not([data-forged])') as HTMLElement;
      mark.click();
    });
    await new Promise((r) => setTimeout(r, 600));
    const opened = await ourCards(page);
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await ourCards(page)) === 0);
    expect(opened).toBe(0);
  });

  /** WXT's "content script started" postMessage is switched off (noScriptStartedPostMessage). */
  it('tells the page nothing through window messages', async () => {
    const heard = await page.evaluate(() =>
      JSON.stringify((window as unknown as { hostile: { heard: unknown[] } }).hostile.heard),
    );
    expect(heard).not.toMatch(/wxt|fackkoll@|content-script/);
  });

  /**
   * WXT stops a content script when a "newer script started" event with its name arrives on the
   * document; the name is built from the extension id, which is public (store id, gecko id), and
   * the page can dispatch it. entrypoints/content/guard-hand-over.ts stops it while the extension lives.
   * Last in this file: were it to succeed, highlighting would be gone.
   */
  it('cannot stop the content script with the event WXT listens to', async () => {
    const before = await realMarks(page);
    const runtimeId =
      kind === 'chromium' ? new URL(env.session.extensionOrigin).host : 'fackkoll@fackkoll.example';
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'hostile' },
        }),
      );
    }, runtimeId);
    await new Promise((r) => setTimeout(r, 600));
    expect(await realMarks(page)).toEqual(before);
  });
});
