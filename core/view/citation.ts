/**
 * Who said it and where: the op-ed's organisations and signatories exactly as the data gives
 * them, and the paragraphs cited. Pure; the words around it come from i18n in the component.
 */
import { sourceById } from '../pack/lookup';
import type { PositionPack, SourceRef } from '../pack/schema';
import type { PackLanguage } from './language';

export interface Citation {
  sourceId: string;
  /** "Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding)" */
  who: string;
  title: string;
  paragraphs: number[];
}

export function formatWho(organisations: readonly string[], signatories: readonly string[]): string {
  const orgs = organisations.join(', ');
  const names = signatories.join(' & ');
  if (orgs && names) return `${orgs} (${names})`;
  return orgs || names;
}

/** One citation per source, in order of first mention, paragraphs ascending and unique. */
export function citationsFor(pack: PositionPack, refs: readonly SourceRef[], lang: PackLanguage): Citation[] {
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
    citations.push({
      sourceId,
      who: formatWho(source.organisations, source.signatories),
      title: source.title[lang],
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
