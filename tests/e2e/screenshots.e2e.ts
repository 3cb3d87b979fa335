/**
 * The README's screenshots, in Swedish and English (Chromium, whose UI language is set per run):
 * the card on a passage a position speaks to and on one none does (the topic overview), the
 * toolbar popup for the same article, and the options page. Each also checks that what it shows
 * is in the language asked for, so a screenshot cannot silently come out in the other one.
 */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { findBrowser } from './harness/find-browser';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
const DEBIAN_LOCALES = '/usr/lib/chromium/locales';

describe.each([
  {
    lang: 'sv',
    heading: 'Det här säger facket',
    about: 'Ståndpunkten gäller:',
    site: 'Markera på den här sajten',
    options: 'Inställningar för Fackkoll',
  },
  {
    lang: 'en',
    heading: 'What the unions say',
    about: 'This position concerns:',
    site: 'Highlight on this site',
    options: 'Fackkoll settings',
  },
] as const)('screenshots in $lang', ({ lang, heading, about, site, options }) => {
  let page: Page;
  const env = useSession('chromium', resolve(ROOT, 'tests/e2e/fixtures'), {
    locale: lang === 'sv' ? 'sv-SE' : 'en-US',
    uiLanguage: lang,
    width: 900,
    height: 640,
    colorScheme: 'light',
  });
  beforeAll(async () => {
    // Debian's chromium ships only its en-US UI; without the Swedish one the card stays English.
    // (/usr/bin/chromium is a wrapper script; the packs sit beside the real binary.)
    const locales = [resolve(dirname(realpathSync(findBrowser('chromium'))), 'locales'), DEBIAN_LOCALES].find(
      (dir) => existsSync(resolve(dir, 'en-US.pak')),
    );
    if (lang !== 'en' && locales && !existsSync(resolve(locales, `${lang}.pak`)))
      throw new Error(`Chromium has no ${lang} UI (${locales}/${lang}.pak): apt-get install chromium-l10n`);
    page = await env.session.newPage(env.server.url('card-fit.html'));
    // A tab in the background gets no frames, so its fade-in would never end.
    await page.bringToFront();
    await waitForStableMarks(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  const shoot = async (paragraph: string, name: string) => {
    await page.keyboard.press('Escape');
    await page.click(`#${paragraph} mark[data-fackkoll-topic="residence-permits"]`);
    await waitUntil(() =>
      page.evaluate(() => Boolean(document.querySelector('fackkoll-card')?.shadowRoot?.querySelector('h2'))),
    );
    // The card fades in: shoot it once it is fully opaque, not half way.
    await waitUntil(() =>
      page.evaluate(() => {
        const card = document.querySelector('fackkoll-card')?.shadowRoot?.querySelector('.fk-card');
        return card !== null && card !== undefined && getComputedStyle(card).opacity === '1';
      }),
    );
    const text = await page.evaluate(
      () => document.querySelector('fackkoll-card')?.shadowRoot?.textContent ?? '',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${lang}.png` });
    return text;
  };

  it('shows the card on a passage a position speaks to', async () => {
    const text = await shoot('deport', 'card-fit');
    expect(text).toContain(heading);
    expect(text).toContain(about);
  });

  it('shows the topic overview on a passage no position speaks to', async () => {
    const text = await shoot('none', 'card-overview');
    expect(text).toContain(heading);
    expect(text).not.toContain(about);
  });

  it('shows the popup for the article: its topics folded, the first one opened', async () => {
    const tab = await tabIdOf(env.session, env.server.url('card-fit.html'));
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
    await popup.setViewport({ width: 360, height: 600 });
    await waitUntil(() => popup.evaluate(() => document.querySelectorAll('.fk-topic').length > 0), 20_000);
    await popup.$eval('.fk-topic-toggle', (b) => (b as HTMLElement).click());
    await waitUntil(() => popup.evaluate(() => document.querySelector('.fk-position') !== null));
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(site);
    expect(text).toContain(heading);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-${lang}.png` });
    await popup.close();
  });

  it('shows the options page', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await page.setViewport({ width: 900, height: 900 });
    await waitUntil(() => page.evaluate(() => document.querySelectorAll('li.topic').length > 0), 20_000);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toContain(options);
    await page.screenshot({ path: `${SCREENSHOTS}/options-${lang}.png` });
    await page.close();
  });

  it('lays the full view ("more" on the card) out for a wide tab: positions and figures side by side', async () => {
    const tab = await tabIdOf(env.session, env.server.url('card-fit.html'));
    const full = await env.session.openExtensionPage(`popup.html?tab=${tab}&topic=welfare`);
    await full.setViewport({ width: 1280, height: 800 });
    await waitUntil(
      () =>
        full.evaluate(
          () => document.querySelector('.fk-details-figures svg, .fk-details-figures figure') !== null,
        ),
      20_000,
    );
    const box = await full.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const [main, text, figures] = [rect('.fk-main'), rect('.fk-details-text'), rect('.fk-details-figures')];
      return {
        main: main?.width ?? 0,
        textRight: text?.right ?? 0,
        figuresLeft: figures?.left ?? 0,
        figuresTop: figures?.top ?? 0,
        textTop: text?.top ?? 0,
      };
    });
    expect(box.main).toBeGreaterThan(900);
    expect(box.figuresLeft).toBeGreaterThan(box.textRight);
    expect(box.figuresTop).toBe(box.textTop);
    await full.screenshot({ path: `${SCREENSHOTS}/full-view-${lang}.png` });
    await full.close();
  });
});
