/**
 * Deterministic Swedish article text for the benchmark: everyday news vocabulary with about 3 %
 * of the words drawn from the lexicon's own examples. Filler words that the matcher would match
 * are dropped, so the share of matching words is what we ask for.
 */
import type { HighlightMatcher } from '../../../core/highlight';

const FILLER = `och att det som en på är av för med till den inte om har de ett var men man sig så
kan vid efter från eller också när nu hade sedan skulle mot under bara hur mycket många andra
regeringen kommunen staden landet året veckan dagen morgonen kvällen tisdagen onsdagen torsdagen
fredagen lördagen söndagen januari februari mars april maj juni augusti september oktober november
december säger berättar menar tycker skriver visar enligt uppger bekräftar kritiserar föreslår
beslutar planerar öppnar stänger bygger köper säljer kostar ökar minskar stiger faller växer
stor liten ny gammal viktig svår enkel tydlig möjlig vanlig lokal nationell regional central
politiker ministern ordföranden chefen experten forskaren läraren eleverna familjen barnen
huset vägen bron tåget bussen cykeln bilen flyget hamnen järnvägen stationen parken skogen
sjön havet vädret regnet snön solen vinden stormen kylan värmen klimatet miljön energin elen
priset kronor procent miljoner miljarder budgeten planen förslaget beslutet frågan svaret
rapporten undersökningen statistiken siffrorna resultatet utvecklingen förändringen framtiden
historien kulturen musiken filmen boken teatern konserten festivalen utställningen museet
matchen laget spelaren tränaren publiken arenan säsongen serien finalen segern förlusten
mål poäng tabellen ledningen kritiken debatten intervjun artikeln tidningen nyheten sändningen`
  .split(/\s+/)
  .filter(Boolean);

export type Random = () => number;

/** mulberry32: small, fast and the same on every run. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TextSource {
  /** `count` words of running text (no leading capital, no final stop). */
  words(count: number): string;
  sentence(minWords: number, maxWords: number): string;
}

export function textSource(
  random: Random,
  matcher: HighlightMatcher,
  samples: readonly string[],
  rate: number,
): TextSource {
  const filler = FILLER.filter((w) => w.search(matcher.cursor) === -1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = (count: number) => {
    const out: string[] = [];
    for (let i = 0; i < count; i++)
      out.push(random() < rate && samples.length > 0 ? pick(samples) : pick(filler));
    return out.join(' ');
  };
  return {
    words,
    sentence(min, max) {
      const text = words(min + Math.floor(random() * (max - min + 1)));
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
  };
}
