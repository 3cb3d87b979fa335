/**
 * The card opens on the position that speaks to the highlighted passage, in Chromium and Firefox:
 * two passages of one topic open two different positions, and a passage no position speaks to
 * opens the topic's overview.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { useSession } from './harness/use-session';

function cardFit(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('fackkoll-card')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return {
      focused: dialog !== undefined && dialog !== null && root?.activeElement === dialog,
      lead: dialog?.querySelector('.fk-position')?.getAttribute('data-position') ?? null,
      about: dialog?.querySelector('.fk-fit')?.textContent ?? null,
      overview: dialog?.querySelector('.fk-stance')?.textContent ?? null,
    };
  });
}

describe.each(['chromium', 'firefox'] as const)('card chosen by fit in %s', (kind) => {
  let page: Page;
  const env = useSession(kind, resolve(ROOT, 'tests/e2e/fixtures'), { locale: 'sv-SE' });
  beforeAll(async () => {
    page = await env.session.newPage(env.server.url('card-fit.html'));
    await waitForStableMarks(page);
  });

  const open = async (paragraph: string) => {
    await page.keyboard.press('Escape');
    await page.click(`#${paragraph} mark[data-fackkoll-topic="residence-permits"]`);
    await waitUntil(async () => (await cardFit(page)).focused);
    return cardFit(page);
  };

  it('opens different positions for a deportation threat and for permanent permits', async () => {
    const deport = await open('deport');
    expect(deport.lead).toBe('residence-permits-deportation-threat');
    // The browser's UI language picks the card's (Firefox may keep English whatever the locale).
    expect(deport.about).toMatch(
      /^(Ståndpunkten gäller: hot om utvisning gör arbetare otrygga|This position concerns: deportation threats make workers insecure)$/,
    );
    const permanent = await open('permanent');
    expect(permanent.lead).toBe('residence-permits-permanent-after-asylum');
    expect(permanent.about).toMatch(
      /^(Ståndpunkten gäller: permanenta uppehållstillstånd|This position concerns: permanent residence permits)$/,
    );
  });

  it('opens the topic overview on a passage no position speaks to', async () => {
    const none = await open('none');
    expect(none.lead).toBeNull();
    expect(none.about).toBeNull();
    expect(none.overview).toMatch(
      /^(Den som fått asyl bör få permanent uppehållstillstånd|Everyone granted asylum should get a permanent)/,
    );
  });
});
