/**
 * What a page needs to highlight, made by the background (entrypoints/background/page-setup.ts)
 * whenever the packs or the English setting change, and at install or update: the topics' names
 * and colours and the lexicon compiled to matcher data. A page reads this one small item instead
 * of carrying the packs and the compiler: compiling took over 100 ms of every page view, and the
 * bundled pack was a third of the content script. The packs themselves, which only the card and
 * the popup's ranking need, are stored beside it and read when first needed.
 */
import { storage } from 'wxt/utils/storage';
import { MATCHER_DATA_FORMAT, type MatcherData } from '../core/match/matcher-data';
import type { PositionPack } from '../core/pack/schema';

/** A topic as the highlighter shows it. */
export interface TopicHead {
  id: string;
  name: { sv: string; en: string };
  /** The pack's colour; the user's choice in the settings goes over it. */
  color: string;
}

export interface PageSetup {
  /** Changes whenever the lexicon, its language or the compiler does: a page matches again. */
  revision: string;
  english: boolean;
  /** Every active pack's topics, the first pack to define an id owning it (the bundled pack first). */
  topics: TopicHead[];
  matcher: MatcherData;
}

/** Local, not sync: it is derived from the packs and rebuilt on any device. */
export const pageSetupItem = storage.defineItem<PageSetup | null>('local:pageSetup', { fallback: null });

/** The bundled pack and the enabled imports, as storage/active-packs.ts gives them. */
export interface PacksCopy {
  /** A hash of the packs, so the background rewrites them only when they change. */
  revision: string;
  packs: PositionPack[];
}

export const packsCopyItem = storage.defineItem<PacksCopy | null>('local:activePacksCopy', {
  fallback: null,
});

/** The stored setup when it is whole and for this language; anything else is undefined. */
export function usableSetup(stored: unknown, english: boolean): PageSetup | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Partial<PageSetup>;
  if (s.english !== english || typeof s.revision !== 'string' || !Array.isArray(s.topics)) return undefined;
  const m = s.matcher;
  if (
    typeof m !== 'object' ||
    m === null ||
    m.format !== MATCHER_DATA_FORMAT ||
    typeof m.candidates !== 'string' ||
    typeof m.senses !== 'string' ||
    typeof m.tiers !== 'object' ||
    m.tiers === null ||
    typeof m.word !== 'string'
  )
    return undefined;
  const wellFormed = s.topics.every(
    (t) =>
      typeof t === 'object' &&
      t !== null &&
      typeof t.id === 'string' &&
      typeof t.color === 'string' &&
      typeof t.name?.sv === 'string' &&
      typeof t.name?.en === 'string',
  );
  return wellFormed ? (s as PageSetup) : undefined;
}
