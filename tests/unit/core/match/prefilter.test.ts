import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const matcher = compileLexicon(BUNDLED_LEXICON, { english: true });
/** Whether the text, as one text node, has a match (the regex or, for tricky text, the slow path). */
const hasMatch = (text: string) =>
  (matcher.slowMatches(text) ?? []).length > 0 || text.search(matcher.cursor) >= 0;

describe('the block prefilter (mayMatch)', () => {
  it('says no to text without any lexicon word, yes to text with one', () => {
    expect(matcher.mayMatch('Vädret blir soligt i morgon med svaga vindar.')).toBe(false);
    expect(matcher.mayMatch('Tåget var tio minuter försenat på morgonen.')).toBe(false);
    expect(matcher.mayMatch('Kommunen sparar på välfärden.')).toBe(true);
    expect(matcher.mayMatch('VÄLFÄRDEN')).toBe(true);
    expect(matcher.mayMatch('Hon förlorade a\u2011kassan.')).toBe(true);
  });

  it('finds a word at the very start or end of the text, and a word of two letters', () => {
    // Words are looked up by their first three letters: the last place that has three is the
    // text's third-last, and a two-letter word (LO) has no third.
    expect(matcher.mayMatch('välfärd')).toBe(true);
    expect(matcher.mayMatch('Det gäller välfärd')).toBe(true);
    expect(matcher.mayMatch('LO')).toBe(true);
    expect(matcher.mayMatch('Enligt LO.')).toBe(true);
    expect(matcher.mayMatch('lo')).toBe(false);
    expect(matcher.mayMatch('vä')).toBe(false);
    expect(matcher.mayMatch('')).toBe(false);
  });

  it('says yes to text only the slow path reads (soft hyphens, decomposed letters)', () => {
    expect(matcher.mayMatch('väl\u00ADfärden')).toBe(true);
    expect(matcher.mayMatch('va\u0308lfa\u0308rden')).toBe(true);
  });

  it('says yes across text node boundaries, where no word boundary holds', () => {
    // <b>välfärd</b>en: the regex finds nothing in "välfärdenx" but the node "välfärd" matches.
    expect(hasMatch('välfärd')).toBe(true);
    expect(matcher.mayMatch('xvälfärdenx')).toBe(true);
  });

  it('never says no when a piece of the text, as its own text node, has a match', () => {
    const words = BUNDLED_LEXICON.flatMap((e) => [...e.sv, ...e.en]).map((t) => t.replace(/\*/g, ''));
    const fragment = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', '-', '\u00AD', 'en', 'a', 'ö', 'Ä', 's', 'ns', '.', '\n', 'x'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (parts, cuts) => {
          const text = parts.join('');
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
          if (pieces.some(hasMatch)) expect(matcher.mayMatch(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('turns away ordinary text on other subjects', () => {
    // Weather and traffic news: none of it should need a walk node by node. (Short necessary
    // words such as "sig" in "ta sig hit" do let some unrelated text through: that costs a walk.)
    const quiet = [
      'Det blir en kall helg i hela landet med kraftiga byar längs kusterna.',
      'SMHI har utfärdat en gul varning för höga flöden i norra Norrland.',
      'Tågtrafiken mellan Göteborg och Oslo står still efter ett fel i kontaktledningen.',
    ];
    expect(quiet.filter((s) => matcher.mayMatch(s))).toEqual([]);
  });
});
