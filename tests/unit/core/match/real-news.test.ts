/**
 * Words and senses of real Swedish news that the bundled lexicon got wrong (issue 17): each
 * addition with a sentence it must now mark, each false friend with one it must leave alone.
 * Only the term itself is marked, never the context words its sense rules read.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const matcher = compileLexicon(BUNDLED_LEXICON);
const marked = (text: string) => matcher.find(text).map((m) => `${m.topic}:${text.slice(m.start, m.end)}`);

describe('vocabulary of real news', () => {
  it.each([
    ['Kritiken mot smygprivatiseringen av välfärden växer.', 'tax-cuts-privatisation:smygprivatiseringen'],
    ['Allt fler drabbas av arbetssjukdomar i vården.', 'work-environment:arbetssjukdomar'],
    ['Undersköterskorna vill slippa delade turer.', 'work-environment:delade turer'],
    ['Bolagen har delat ut miljarder i vinst till ägarna.', 'tax-cuts-privatisation:vinst till ägarna'],
    ['Företagen ska inte konkurrera med låga löner.', 'collective-agreements:låga löner'],
    ['1 200 jobb försvinner när fabriken stänger.', 'secure-employment:jobb försvinner'],
    ['Nedläggningen av bruket drabbar 300 anställda.', 'secure-employment:Nedläggningen'],
    ['Volvo lägger varsel som berör 1 200 anställda.', 'secure-employment:varsel'],
    ['Trygghetsfrågan avgör valet.', 'security-crime:Trygghetsfrågan'],
    ['Partierna lovar fler poliser och hårdare tag.', 'security-crime:fler poliser'],
    ['Regeringen vill ge polisen större befogenheter mot gängen.', 'security-crime:polisen'],
    ['Den lyckade integrationen på arbetsmarknaden', 'immigration:integrationen'],
    ['Integration sker inte av sig själv.', 'immigration:Integration'],
    ['Lönekonkurrensen från utstationerade ökar.', 'collective-agreements:Lönekonkurrensen'],
  ])('%s', (text, expected) => {
    expect(marked(text)).toContain(expected);
  });
});

describe('false friends and senses', () => {
  it.each([
    ['Schemat kan ändras med kort varsel.'],
    ['Integrationen med Skatteverkets folkbokföringsregister är klar.'],
    ['Polisen söker en försvunnen kvinna i Umeå.'],
    ['Polisen spärrade av vägen efter olyckan.'],
    ['Åklagaren beslutade om nedläggning av förundersökningen.'],
    ['Den europeiska integrationen fördjupas.'],
    ['Tight integration with the build system is required.'],
    ['Permanent migration is regulated under the scheme.'],
  ])('%s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('marks only the term, not the word before it', () => {
    expect(marked('Det handlar om integration och bättre integration.')).toEqual([
      'immigration:integration',
      'immigration:integration',
    ]);
  });
});
