/**
 * Sense rules: a term counts only with (or without) the context its rules name. Each case here
 * is a sense the matcher got wrong on real news before the rules existed.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon, PatternError, parseTerm } from '../../../../core/match/index.ts';
import { wordsAfter, wordsBefore } from '../../../../core/match/sense-check.ts';

const matcher = compileLexicon([
  {
    topic: 'secure-jobs',
    sv: [
      'varsel [near: uppsägning*, anställd*, jobb*, tjänster, #] [not preceded by: kort]',
      'varslar [near: #, anställd*, jobb*, medarbetare]',
    ],
    en: [],
    exclude: [],
  },
  {
    topic: 'immigration',
    sv: [
      'integration [preceded by: lyckad, bättre, och, för] [not near 3: system*, *register*, API, plattform*]',
      'integrationen [not near: system*, *register*, API, plattform*]',
    ],
    en: [],
    exclude: [],
  },
]);
const words = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('sense rules', () => {
  it('reads "varsel" as job cuts only with job words near, not "med kort varsel"', () => {
    expect(words('Schemat kan ändras med kort varsel.')).toEqual([]);
    expect(words('Bolaget lägger varsel om 300 uppsägningar.')).toEqual(['varsel']);
    expect(words('Ett varsel som berör 1 200 anställda.')).toEqual(['varsel']);
    expect(words('Volvo varslar 1 200 i Göteborg.')).toEqual(['varslar']);
    // The job word is in the next sentence: not near.
    expect(words('Ett varsel kom. Jobben i staden är många.')).toEqual([]);
  });

  it('keeps "integration" off IT systems and marks only the term, not the word before it', () => {
    expect(words('Integrationen med Skatteverkets folkbokföringsregister dröjer.')).toEqual([]);
    expect(words('Integrationen på arbetsmarknaden går för långsamt.')).toEqual(['Integrationen']);
    const text = 'Det kräver en lyckad integration och bättre integration.';
    expect(matcher.find(text).map((m) => [m.start, m.end])).toEqual([
      [text.indexOf('integration'), text.indexOf('integration') + 'integration'.length],
      [text.lastIndexOf('integration'), text.length - 1],
    ]);
    expect(words('integration av API och plattform')).toEqual([]);
    expect(words('En lyckad integration av systemen.')).toEqual([]);
  });

  it('agrees between regex + accepts and find()', () => {
    const text = 'Med kort varsel kom varsel om 40 tjänster; lyckad integration, inte integration.';
    const viaRegex: string[] = [];
    matcher.cursor.lastIndex = 0;
    for (let m = matcher.cursor.exec(text); m; m = matcher.cursor.exec(text)) {
      if (matcher.accepts(text, m.index, m[0])) viaRegex.push(`${m.index}:${m[0]}`);
    }
    matcher.cursor.lastIndex = 0;
    expect(viaRegex).toEqual(matcher.find(text).map((m) => `${m.start}:${text.slice(m.start, m.end)}`));
    expect(viaRegex).toHaveLength(2);
  });

  it('counts only accepted matches', () => {
    expect(matcher.count('med kort varsel, varsel om 20 jobb')).toEqual({ 'secure-jobs': 1 });
  });
});

describe('context windows', () => {
  it('stop at the sentence and skip lone punctuation', () => {
    expect(wordsBefore('Först. Sedan – ett tu tre X', 26, 5)).toBe('Sedan ett tu tre');
    expect(wordsAfter('X ett, två tre fyra fem sex. Sju', 1, 3)).toBe('ett, två tre');
    expect(wordsAfter('X ett. två', 1, 3)).toBe('ett');
  });
});

describe('parseTerm', () => {
  it('parses rules, windows and numbers', () => {
    const { pattern, senses } = parseTerm('varsel* [near 3: jobb*, #] [not preceded by: med kort]');
    expect(pattern.words.map((w) => w.text)).toEqual(['varsel']);
    expect(senses.map((s) => [s.kind, s.negated, s.window, s.words.length])).toEqual([
      ['near', false, 3, 2],
      ['preceded by', true, 5, 1],
    ]);
    expect(senses[0]?.words[1]).toBeUndefined();
    expect(parseTerm('LO').senses).toEqual([]);
  });

  it.each([
    ['varsel [nearby: jobb]', 'a context rule is'],
    ['varsel [near: jobb', 'written "[near: …]"'],
    ['varsel[near: jobb]', 'starts with " ["'],
    ['varsel [near 0: jobb]', '1 to 10 words'],
    ['varsel [preceded by 2: kort]', 'only "near" takes'],
    ['varsel [near: jo(b]', '"(" is not allowed'],
    ['varsel [near: jobb]x', 'separated by one space'],
  ])('refuses %s with a reason', (term, reason) => {
    let error: unknown;
    try {
      parseTerm(term);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PatternError);
    expect((error as PatternError).reason).toContain(reason);
  });

  it('points at the bad character inside a rule', () => {
    try {
      parseTerm('varsel [near: jo(b]');
      expect.unreachable();
    } catch (e) {
      expect((e as PatternError).position).toBe('varsel [near: jo'.length);
    }
  });
});

describe('parseTerm error position', () => {
  it('points at the first bracket when the space before it is missing', () => {
    try {
      parseTerm('varsel[near: jobb]');
      expect.unreachable();
    } catch (e) {
      expect((e as PatternError).position).toBe('varsel'.length);
    }
  });
});
