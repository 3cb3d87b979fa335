/**
 * The README's card screenshots, in Swedish and English (Chromium, whose UI language is set per
 * run): the card on a passage a position speaks to, and on one none does (the topic overview).
 * Each also checks that the card is in the language asked for, so a screenshot cannot silently
 * come out in the other one.
 */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { findBrowser } from './harness/find-browser';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { useSession } from './harness/use-session';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
const DEBIAN_LOCALES = '/usr/lib/chromium/locales';

describe.each([
  { lang: 'sv', heading: 'Det här säger facket', about: 'Ståndpunkten gäller:' },
  { lang: 'en', heading: 'What the unions say', about: 'This position concerns:' },
] as const)('card screenshots in $lang', ({ lang, heading, about }) => {
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
});
