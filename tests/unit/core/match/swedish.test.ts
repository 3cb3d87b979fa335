import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const matcher = compileLexicon(BUNDLED_LEXICON);
const topicsIn = (text: string) => matcher.find(text).map((m) => m.topic);
const spans = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('Swedish inflection and compounding', () => {
  it.each([
    ['Välfärden behöver mer resurser.', 'welfare'],
    ['Välfärdens finansiering är hotad.', 'welfare'],
    ['Anställda i välfärdssektorn', 'welfare'],
    ['Hon jobbar i äldreomsorgen.', 'welfare'],
    ['Arbetskraftsinvandringen ökar.', 'immigration'],
    ['Asylsökande väntar länge.', 'asylum'],
    ['Industrijobben försvinner.', 'industry'],
    ['tillfälliga uppehållstillstånd', 'residence-permits'],
    ['Arbetslösheten steg i maj.', 'labour-market'],
    ['Hon förlorade a-kassan.', 'secure-employment'],
    ['Regeringen vill förändra LAS.', 'secure-employment'],
    ['Gängvåldet och skjutningarna', 'security-crime'],
    ['Kompetensförsörjningen inom vården', 'labour-market'],
    ['Kollektivavtalen skyddar alla.', 'collective-agreements'],
  ])('%s → %s', (text, topic) => {
    expect(topicsIn(text)).toContain(topic);
  });

  it('highlights the whole compound, not only its head', () => {
    expect(spans('Arbetskraftsinvandringen ökar.')).toEqual(['Arbetskraftsinvandringen']);
  });

  it('gives a compound to the topic of its last part', () => {
    expect(topicsIn('välfärdsbrottslighet')).toEqual(['security-crime']);
  });

  it('lets the more specific term win across topics', () => {
    expect(topicsIn('arbetslöshetsförsäkringen')).toEqual(['secure-employment']);
    expect(topicsIn('arbetslösheten')).toEqual(['labour-market']);
  });
});

describe('false friends', () => {
  it.each([
    'Bensin är flyktigt.',
    'Tack för din uppskattning!',
    'en kommunal angelägenhet',
    'Han fick två minuters utvisning.',
  ])('does not flag %j', (text) => {
    expect(matcher.find(text)).toEqual([]);
  });

  it('tells Kommunal the union from the adjective kommunal', () => {
    expect(topicsIn('Kommunal kräver högre löner')).toContain('unions');
    expect(topicsIn('kommunal service')).toEqual([]);
  });

  it('keeps sports and weather text quiet', () => {
    const text =
      'Tre Kronor vann med 3–1 trots två minuters utvisning i tredje perioden. I morgon väntas regn och hård vind längs västkusten, och vägarna kan bli hala.';
    expect(matcher.find(text)).toEqual([]);
  });
});

describe('English is opt-in', () => {
  const english = compileLexicon(BUNDLED_LEXICON, { english: true });
  it('ignores English words by default', () => {
    expect(matcher.find('The tech industry and industrial design; immigration and asylum policy.')).toEqual(
      [],
    );
  });
  it('matches English terms when asked', () => {
    expect(english.find('The tech industry grew.').map((m) => m.topic)).toEqual(['industry']);
    expect(english.find('asylum seekers').map((m) => m.term)).toEqual(['asylum seeker*']);
  });
});

describe('punctuation, quotes and hyphens', () => {
  it.each([
    ['Debatten om ”välfärd” fortsätter.', 'välfärd'],
    ['De talar om «asyl» igen.', 'asyl'],
    ['Facket (LO) protesterar.', 'LO'],
    ['LO:s krav på permanenta uppehållstillstånd', 'LO'],
    ['"Skattesänkningar!"', 'Skattesänkningar'],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  it('matches hyphenated forms', () => {
    expect(spans('Hon har ingen a-kassa.')).toEqual(['a-kassa']);
    expect(topicsIn('EU-migranter tigger')).toContain('immigration');
  });

  it('keeps acronyms case-sensitive', () => {
    expect(topicsIn('LO protesterar')).toEqual(['unions']);
    expect(matcher.find('lo och las')).toEqual([]);
  });

  it('matches phrases across line breaks and runs of spaces', () => {
    expect(topicsIn('vinster i\nvälfärden')).toEqual(['tax-cuts-privatisation']);
    expect(topicsIn('arbetsmarknadens  \n parter')).toEqual(['unions']);
  });
});

describe('text as pages really have it', () => {
  it('matches NFD text and reports offsets in the original string', () => {
    const text = 'Om va\u0308lfa\u0308rden';
    const [match] = matcher.find(text);
    expect(match?.topic).toBe('welfare');
    expect(text.slice(match?.start, match?.end)).toBe('va\u0308lfa\u0308rden');
  });

  it('tolerates soft hyphens and zero-width characters inside words', () => {
    for (const text of [
      'väl\u00ADfärds\u00ADsektorn',
      'in\u200Bvandringen',
      'asyl\u200Dsökande',
      'flyk\u2060tingar',
    ]) {
      const [match] = matcher.find(text);
      expect(match, text).toMatchObject({ start: 0, end: text.length });
    }
  });

  it('does not start a match inside a word', () => {
    expect(matcher.find('BLO xLAS')).toEqual([]);
    // A compound head is the exception, by design: it may follow any letters.
    expect(topicsIn('xvälfärd')).toEqual(['welfare']);
  });
});
