/**
 * Who said it and where: the op-ed's organisations and signatories exactly as the data gives
 * them, every other fact the pack gives about it, and the paragraphs cited. A fact the pack does
 * not give is absent, never "unknown". Pure; the words around it come from i18n in the component.
 */
import { sourceById } from '../pack/lookup';
import { isCalendarDate, type PositionPack, type Source, type SourceRef, UNKNOWN } from '../pack/schema';
import type { PackLanguage } from './language';

export interface Citation {
  sourceId: string;
  /** "Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding)" */
  who: string;
  /** "Dagens Nyheter" */
  outlet: string | undefined;
  /** Publication date, YYYY-MM-DD. */
  date: string | undefined;
  /** An https URL, to open on a click. */
  url: string | undefined;
  /** The URL's host, as the link shows it ("www.dn.se"). */
  host: string | undefined;
  /** The headline as published; the pack's own `title` is no headline and is never shown as one. */
  headline: string | undefined;
  /** The op-ed's language, which its headline is in. */
  lang: PackLanguage;
  paragraphs: number[];
}

/** The URL when it is a well-formed https URL (packs are checked on import; this is the last guard). */
function httpsUrl(source: Source): { url: string; host: string } | undefined {
  if (source.url === undefined || source.url === UNKNOWN) return undefined;
  try {
    const url = new URL(source.url);
    return url.protocol === 'https:' ? { url: url.href, host: url.host } : undefined;
  } catch {
    return undefined;
  }
}

/** "12 mars 2024" / "12 March 2024"; undefined for a missing or "unknown" date. */
export function formatDate(date: string | undefined, lang: PackLanguage): string | undefined {
  if (date === undefined || date === UNKNOWN || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isCalendarDate(date))
    return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}

export function formatWho(organisations: readonly string[], signatories: readonly string[]): string {
  const orgs = organisations.join(', ');
  const names = signatories.join(' & ');
  if (orgs && names) return `${orgs} (${names})`;
  return orgs || names;
}

/** One citation per source, in order of first mention, paragraphs ascending and unique. */
export function citationsFor(pack: PositionPack, refs: readonly SourceRef[]): Citation[] {
  const bySource = new Map<string, Set<number>>();
  for (const ref of refs) {
    const set = bySource.get(ref.source) ?? new Set<number>();
    set.add(ref.paragraph);
    bySource.set(ref.source, set);
  }
  const citations: Citation[] = [];
  for (const [sourceId, paragraphs] of bySource) {
    const source = sourceById(pack, sourceId);
    // validate.ts rejects packs with unknown source ids; skip rather than crash on a bad import.
    if (!source) continue;
    const link = httpsUrl(source);
    citations.push({
      sourceId,
      who: formatWho(source.organisations, source.signatories),
      outlet: source.outlet,
      date: source.date === UNKNOWN ? undefined : source.date,
      url: link?.url,
      host: link?.host,
      headline: source.headline,
      lang: source.language,
      paragraphs: [...paragraphs].sort((a, b) => a - b),
    });
  }
  return citations;
}

/** "5", "5 och 6", "3–5 och 7": runs of three or more collapse to a range. */
export function formatParagraphList(paragraphs: readonly number[], and: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    let j = i;
    while (j + 1 < paragraphs.length && paragraphs[j + 1] === (paragraphs[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${paragraphs[i]}\u2013${paragraphs[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(paragraphs[k]));
    i = j + 1;
  }
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}
