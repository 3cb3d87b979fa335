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
    ['Nu försvinner 1 200 jobb på bruket.', 'secure-employment:jobb'],
    ['Många industrier i Sverige har svårt att hitta folk.', 'industry:industrier'],
    ['Stoppa vinstuttag i välfärden!', 'tax-cuts-privatisation:vinstuttag i välfärden'],
    ['Vinsterna i skolan går till ägarna.', 'tax-cuts-privatisation:Vinsterna'],
    ['Hon fick avslag på sin asylansökan.', 'residence-permits:avslag'],
    ['Gängkriminella förstör tryggheten i förorten.', 'security-crime:tryggheten'],
    ['Mångfalden på arbetsplatsen ökar.', 'immigration:Mångfalden'],
    ['Hon utsattes för hot och våld på jobbet.', 'work-environment:hot och våld'],
    ['Upproret vill stänga Sveriges gränser.', 'immigration:gränser'],
    ['Partiet vill ha öppna gränser.', 'immigration:gränser'],
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
    ['Tryggheten blir till osäkerhet för barnen.'],
    ['En förskjutning av tidsplanen.'],
    ['Tjänsten integreras med Microsoft Teams.'],
    ['Datamigrationen till molnet tog en vecka.'],
    ['Hon utsattes för hot och våld i hemmet.'],
    ['Volvo ökade vinsten kraftigt.'],
    ['Den nya industrin för turism och kaféer växer.'],
    ['Den biologiska mångfalden i skogen minskar.'],
    ['Gränserna för utsläpp skärps.'],
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
