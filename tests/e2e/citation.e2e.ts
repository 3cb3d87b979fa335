/**
 * The source line ("Källa: …" / "Source: …") of the card and the popup, in Chromium and Firefox.
 * A pack imported through the options page, whose source gives outlet, date, https URL and
 * headline, shows each of them: the date written out, the headline in quotation marks, a link
 * showing the URL's host that opens a new tab only when clicked. The bundled pack, whose sources
 * give none of them, shows no "unknown", no quotation marks and no pack title as a headline.
 * axe passes on the card and the popup with the link in them.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import type { PositionPack } from '../../core/pack/schema';
import { packNamed } from '../unit/entrypoints/options/pack-fixtures';
import { runAxe } from './harness/axe';
import { ROOT } from './harness/build-extension';
import { chooseFile, inExtensionPage } from './harness/extension-api';
import { type Session, waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

const PACK_ID = 'kallpaket';
const TOPIC = `${PACK_ID}-topic-0`;
/** A word no real lexicon has; the generated page holds it once. */
const TERM = 'citeringsord';
const SOURCE = {
  outlet: 'Exempeltidningen',
  date: '2024-03-12',
  url: 'https://www.exempeltidningen.se/debatt/kallor-ska-kunna-kontrolleras',
  host: 'www.exempeltidningen.se',
  headline: 'Källor ska kunna kontrolleras',
} as const;

/** The pack as a user would write it: every fact about the op-ed given, none "unknown". */
function sourcedPack(): PositionPack {
  const pack = packNamed(PACK_ID, 1);
  const source = pack.sources[0] as PositionPack['sources'][number];
  return {
    ...pack,
    sources: [
      {
        ...source,
        outlet: SOURCE.outlet,
        date: SOURCE.date,
        url: SOURCE.url,
        headline: SOURCE.headline,
      },
    ],
    // Cued by the page's term, so the card and the popup lead with the position and its source.
    positions: pack.positions.map((p) => ({ ...p, cues: { sv: [`${TERM}*`], en: [] } })),
    // Tied to the position, so the card shows the figure and its source line beside it.
    figures: pack.figures.map((f) => ({ ...f, positions: [`${TOPIC}-pos`] })),
    lexicon: [{ topic: TOPIC, sv: [`${TERM}*`], en: [], exclude: [] }],
  };
}

const TERM_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Källraden</title></head>
<body><main><article>
<h1>Ett påhittat reportage</h1>
<p>Här står ett ${TERM} som bara det importerade paketet känner till.</p>
</article></main></body></html>
`;

/** The position's source line, word for word, in the language the extension's UI runs in. */
const EXPECTED = {
  sv: `Källa: Sammanfattning av stycke 1 i en debattartikel av Byggnads (Anna Andersson), Exempeltidningen, 12 mars 2024: ”${SOURCE.headline}” ${SOURCE.host}`,
  en: `Source: Summary of paragraph 1 of an op-ed by Byggnads (Anna Andersson), Exempeltidningen, 12 March 2024: “${SOURCE.headline}” ${SOURCE.host}`,
} as const;
const WRITTEN_DATE = { sv: '12 mars 2024', en: '12 March 2024' } as const;
const SUMMARY = { sv: 'Källa: Sammanfattning av ', en: 'Source: Summary of ' } as const;
/** What a left-out fact must never turn into. */
const PLACEHOLDER = /\b(?:unknown|undefined|null|NaN)\b|okänd|invalid date/i;
const QUOTATION_MARK = /[”“„"«»]/;

interface SourceLink {
  text: string;
  href: string | null;
  target: string | null;
  rel: string[];
}

interface SourceLineState {
  /** Its text, white space collapsed. */
  text: string;
  /** The position it cites, or null for a figure's source line. */
  position: string | null;
  /** The topic it is shown under (the popup's rows; null in the card). */
  topic: string | null;
  links: SourceLink[];
}

/** Every source line in the card's shadow root, or in the popup's document. */
function sourceLines(page: Page, where: 'card' | 'popup'): Promise<SourceLineState[]> {
  return page.evaluate((inCard) => {
    const root = inCard ? document.querySelector('fackkoll-card')?.shadowRoot : document;
    return [...(root?.querySelectorAll('.fk-source') ?? [])].map((line) => ({
      text: (line.textContent ?? '').replace(/\s+/g, ' ').trim(),
      position: line.closest('.fk-position')?.getAttribute('data-position') ?? null,
      topic: line.closest('.fk-topic')?.getAttribute('data-topic') ?? null,
      links: [...line.querySelectorAll('a')].map((a) => ({
        text: a.textContent ?? '',
        href: a.getAttribute('href'),
        target: a.getAttribute('target'),
        rel: (a.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean),
      })),
    }));
  }, where === 'card');
}

/** How many cards are open, and whether the card has taken focus (it has rendered by then). */
function cardState(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('fackkoll-card');
    const root = hosts[0]?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return {
      count: hosts.length,
      focused: dialog !== null && dialog !== undefined && root?.activeElement === dialog,
    };
  });
}

async function openCard(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await waitUntil(async () => (await cardState(page)).count === 0);
  await page.click(selector);
  await waitUntil(async () => {
    const card = await cardState(page);
    return card.count === 1 && card.focused;
  });
}

/**
 * Open web pages: neither blank (Firefox keeps a closed tab as about:blank for a moment, and
 * reports an extension page opened through BiDi as one) nor the extension's own.
 */
const webTabs = async (session: Session) =>
  (await session.browser.pages())
    .map((p) => p.url())
    .filter((u) => u !== 'about:blank' && !u.startsWith(session.extensionOrigin))
    .sort();

/** The language of the extension's own strings, as the card and popup pick it (components/ui-language.ts). */
function extensionLanguage(session: Session): Promise<'sv' | 'en'> {
  return inExtensionPage(
    session,
    async () => {
      type I18n = { i18n: { getMessage(name: string): string } };
      const g = globalThis as unknown as { browser?: I18n; chrome: I18n };
      return (g.browser ?? g.chrome).i18n.getMessage('popup_packLanguage') === 'sv' ? 'sv' : 'en';
    },
    undefined,
  );
}

/** Every fact of the sourced pack, with the link as it must be: host as text, https URL, new tab, no opener. */
function expectFullCitation(line: SourceLineState, lang: 'sv' | 'en') {
  expect(line.text).toContain(SOURCE.outlet);
  expect(line.text).toContain(WRITTEN_DATE[lang]);
  expect(line.text).not.toContain(SOURCE.date);
  expect(line.text).toContain(lang === 'sv' ? `”${SOURCE.headline}”` : `“${SOURCE.headline}”`);
  expect(line.text).not.toMatch(PLACEHOLDER);
  expect(line.links).toHaveLength(1);
  const [link] = line.links as [SourceLink];
  expect(link.text).toBe(SOURCE.host);
  expect(link.href).toBe(SOURCE.url);
  expect(link.target).toBe('_blank');
  expect(link.rel).toContain('noopener');
  // The link shows the host; the URL itself is only in href.
  expect(line.text).not.toContain(SOURCE.url);
}

/** A source line of the bundled pack, whose sources give no outlet, date, URL or headline. */
function expectBareCitation(line: SourceLineState, lang: 'sv' | 'en') {
  expect(line.text).not.toMatch(PLACEHOLDER);
  expect(line.text).not.toMatch(QUOTATION_MARK);
  expect(line.links).toEqual([]);
  // The pack's own description of an op-ed is no headline, quoted or not.
  for (const source of BUNDLED_PACK.sources) {
    expect(line.text).not.toContain(source.title.sv);
    expect(line.text).not.toContain(source.title.en);
  }
  // A position's statement is the pack's summary, and says so ("Källa: Sammanfattning av …").
  if (line.position !== null) expect(line.text.slice(0, SUMMARY[lang].length)).toBe(SUMMARY[lang]);
}

describe.each(['chromium', 'firefox'] as const)('source line in %s', (kind) => {
  let dir: string;
  let lang: 'sv' | 'en';

  // Registered before useSession: the pages must be written before they are served, and (after
  // hooks run in reverse) removed only once the browser and server have closed.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fackkoll-citation-'));
    writeFileSync(join(dir, 'citation.html'), TERM_PAGE);
    copyFileSync(resolve(ROOT, 'demo/article.html'), join(dir, 'article.html'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });
  // Chromium's UI in Swedish, Firefox's in English: both wordings get checked.
  const env = useSession(
    kind,
    () => dir,
    kind === 'chromium' ? { locale: 'sv-SE', uiLanguage: 'sv' } : { locale: 'en-US' },
  );

  describe('a source that gives outlet, date, URL and headline', () => {
    let page: Page;
    let url: string;
    let tabsBefore: string[];

    beforeAll(async () => {
      const options = await env.session.openExtensionPage('options.html');
      await waitUntil(() => options.evaluate(() => !!document.querySelector('#packs input[type="file"]')));
      await chooseFile(options, '#packs input[type="file"]', 'kallpaket.json', JSON.stringify(sourcedPack()));
      await waitUntil(() =>
        options.evaluate((id) => !!document.querySelector(`li.pack[data-pack="${id}"]`), PACK_ID),
      );
      await options.close();
      lang = await extensionLanguage(env.session);
      url = env.server.url('citation.html');
      page = await env.session.newPage(url);
      expect(await waitForStableMarks(page)).toEqual({ [TOPIC]: 1 });
      tabsBefore = await webTabs(env.session);
      expect(tabsBefore).toEqual([url]);
    });

    it('shows every fact in the card, the link unopened', async () => {
      await openCard(page, `mark.fackkoll-mark[data-fackkoll-topic="${TOPIC}"]`);
      const lines = await sourceLines(page, 'card');
      const position = lines.find((line) => line.position === `${TOPIC}-pos`);
      expect(position?.text).toBe(EXPECTED[lang]);
      expectFullCitation(position as SourceLineState, lang);
      // The figure cites the same op-ed, with the same facts.
      expect(lines).toHaveLength(2);
      for (const line of lines) expectFullCitation(line, lang);
      expect(await webTabs(env.session)).toEqual(tabsBefore);
    });

    it('passes axe on the card with the link in it', async () => {
      const result = await runAxe(page, 'fackkoll-card');
      expect(result.violations).toEqual([]);
      // Proof that axe saw the link inside the shadow root.
      expect(result.passes).toEqual(expect.arrayContaining(['link-name', 'color-contrast']));
    });

    it('shows the same facts in the popup for the tab, and passes axe there', async () => {
      const tab = await tabIdOf(env.session, url);
      expect(tab).toBeGreaterThanOrEqual(0);
      const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
      try {
        // The list comes folded: open the topic, as a reader would.
        const toggle = `.fk-topic[data-topic="${TOPIC}"] .fk-topic-toggle`;
        await waitUntil(() => popup.evaluate((t) => document.querySelector(t) !== null, toggle), 20_000);
        await popup.$eval(toggle, (b) => (b as HTMLElement).click());
        await waitUntil(
          async () => (await sourceLines(popup, 'popup')).some((line) => line.position !== null),
          20_000,
        );
        const lines = await sourceLines(popup, 'popup');
        const position = lines.find((line) => line.position === `${TOPIC}-pos`);
        expect(position?.topic).toBe(TOPIC);
        expect(position?.text).toBe(EXPECTED[lang]);
        for (const line of lines) {
          expect(line.topic).toBe(TOPIC);
          expectFullCitation(line, lang);
        }
        const result = await runAxe(popup);
        expect(result.violations).toEqual([]);
        expect(result.passes).toContain('link-name');
        // Nothing opened the op-ed.
        expect(await webTabs(env.session)).toEqual(tabsBefore);
      } finally {
        await popup.close();
      }
    });
  });

  describe('the bundled pack on the demo article', () => {
    let page: Page;
    let url: string;
    let counts: Record<string, number>;

    beforeAll(async () => {
      lang = await extensionLanguage(env.session);
      url = env.server.url('article.html');
      page = await env.session.newPage(url);
      counts = await waitForStableMarks(page);
    });

    it('cites positions as summaries, with no placeholder, quotation mark or pack title, in the card', async () => {
      const topics = Object.keys(counts).sort();
      expect(topics).toEqual(expect.arrayContaining(['welfare', 'industry', 'asylum', 'residence-permits']));
      const positions: string[] = [];
      // The first mark of every topic: some open on a position, some on the topic overview.
      for (const topic of topics) {
        await openCard(page, `article mark[data-fackkoll-topic="${topic}"]`);
        const lines = await sourceLines(page, 'card');
        for (const line of lines) {
          expectBareCitation(line, lang);
          if (line.position !== null) positions.push(line.position);
        }
      }
      expect(positions.length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
    });

    it('does the same for every position and figure in the popup', async () => {
      const tab = await tabIdOf(env.session, url);
      expect(tab).toBeGreaterThanOrEqual(0);
      const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
      try {
        await waitUntil(
          () => popup.evaluate(() => document.querySelectorAll('.fk-topic').length > 0),
          20_000,
        );
        // Every topic unfolded, and every position in it.
        await waitUntil(() =>
          popup.evaluate(() => {
            const folded = [
              ...document.querySelectorAll<HTMLButtonElement>(
                '.fk-topic-toggle[aria-expanded="false"], .fk-more',
              ),
            ];
            for (const button of folded) button.click();
            return folded.length === 0;
          }),
        );
        const rows = await popup.$$eval('.fk-topic', (els) => els.map((el) => el.getAttribute('data-topic')));
        expect(rows.sort()).toEqual(Object.keys(counts).sort());
        const lines = await sourceLines(popup, 'popup');
        const positions = lines.filter((line) => line.position !== null);
        // Each position of each topic found carries its source line.
        expect(positions.length).toBe(BUNDLED_PACK.positions.filter((p) => p.topic in counts).length);
        for (const line of lines) expectBareCitation(line, lang);
      } finally {
        await popup.close();
      }
    });
  });
});
