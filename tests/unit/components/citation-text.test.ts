import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CitationKind, citationText } from '../../../components/citation-text';
import type { Citation } from '../../../core/view/citation';
import { useLocale } from '../entrypoints/popup/support';

const FULL: Citation = {
  sourceId: 'op-ed',
  who: 'Byggnads (Anna Andersson)',
  outlet: 'Dagens Nyheter',
  date: '2024-03-12',
  url: 'https://www.dn.se/debatt/bygg/',
  host: 'www.dn.se',
  headline: 'Bygg fler bostäder nu',
  lang: 'sv',
  paragraphs: [5],
};

const OPTIONAL = ['who', 'outlet', 'date', 'url', 'headline'] as const;

/** Every combination of the facts a pack may leave out, 32 in all. */
function combinations(): Citation[] {
  return Array.from({ length: 2 ** OPTIONAL.length }, (_, bits) => {
    const citation: Citation = { ...FULL };
    OPTIONAL.forEach((fact, i) => {
      if (bits & (1 << i)) return;
      if (fact === 'who') citation.who = '';
      else if (fact === 'url') Object.assign(citation, { url: undefined, host: undefined });
      else citation[fact] = undefined;
    });
    return citation;
  });
}

beforeEach(() => fakeBrowser.reset());

describe('citation text', () => {
  it('reads in full in Swedish', () => {
    useLocale('sv');
    expect(citationText(FULL, 'summary')).toBe(
      'Sammanfattning av stycke 5 i en debattartikel av Byggnads (Anna Andersson), Dagens Nyheter, 12 mars 2024: ”Bygg fler bostäder nu”',
    );
    expect(citationText({ ...FULL, paragraphs: [5, 6] }, 'quote')).toBe(
      'Citat ur stycken 5 och 6 i en debattartikel av Byggnads (Anna Andersson), Dagens Nyheter, 12 mars 2024: ”Bygg fler bostäder nu”',
    );
    expect(citationText({ ...FULL, outlet: undefined, headline: undefined, date: undefined }, 'figure')).toBe(
      'Stycke 5 i en debattartikel av Byggnads (Anna Andersson)',
    );
  });

  it('reads in full in English', () => {
    useLocale('en');
    expect(citationText(FULL, 'summary')).toBe(
      'Summary of paragraph 5 of an op-ed by Byggnads (Anna Andersson), Dagens Nyheter, 12 March 2024: “Bygg fler bostäder nu”',
    );
    expect(citationText({ ...FULL, who: '', paragraphs: [3, 4, 5] }, 'figure')).toBe(
      'Paragraphs 3–5 of an op-ed, Dagens Nyheter, 12 March 2024: “Bygg fler bostäder nu”',
    );
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`gives each fact the pack has and leaves out each it lacks (${lang}, 32 combinations × 3 kinds)`, () => {
      useLocale(lang);
      const date = lang === 'sv' ? '12 mars 2024' : '12 March 2024';
      for (const citation of combinations()) {
        for (const kind of ['summary', 'quote', 'figure'] as CitationKind[]) {
          const text = citationText(citation, kind);
          const label = `${kind} ${JSON.stringify(citation)}`;
          expect(text.includes('Byggnads (Anna Andersson)'), label).toBe(citation.who !== '');
          expect(text.includes('Dagens Nyheter'), label).toBe(citation.outlet !== undefined);
          expect(text.includes(date), label).toBe(citation.date !== undefined);
          expect(text.includes('Bygg fler bostäder nu'), label).toBe(citation.headline !== undefined);
          // The link is a control beside the text, never part of it.
          expect(text, label).not.toContain('dn.se/');
          expect(text, label).not.toMatch(/unknown|okänd|undefined|, ,|,,|: $|\s$/i);
          // Only a real headline stands in quotation marks.
          expect(/[”“]/.test(text), label).toBe(citation.headline !== undefined);
          expect(
            text.includes(lang === 'sv' ? 'stycke 5' : 'paragraph 5') || /^(Stycke|Paragraph) 5/.test(text),
            label,
          ).toBe(true);
        }
      }
    });
  }
});
