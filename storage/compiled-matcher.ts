/**
 * The bundled and imported lexicons compiled once, by the background, whenever the packs or the
 * English setting change (and at install or update): a page then builds its matcher from this
 * data in a few milliseconds instead of compiling the lexicon on every page view. A page whose
 * key differs (a change not compiled yet, English asked for on one page) compiles for itself.
 */
import { storage } from 'wxt/utils/storage';
import { MATCHER_DATA_FORMAT, type MatcherData } from '../core/match/matcher-data';
import { EXTENSION_VERSION } from './extension-version';

export interface StoredMatcher {
  /** matcherKey() of the lexicon and language the data was compiled for. */
  key: string;
  data: MatcherData;
}

/** Local, not sync: it is derived from the packs and rebuilt on any device. */
export const compiledMatcherItem = storage.defineItem<StoredMatcher | null>('local:compiledMatcher', {
  fallback: null,
});

/**
 * What a stored matcher has to match to be used: the data format, the version that compiled it
 * (a new version may compile differently), the language and the lexicon itself.
 */
export function matcherKey(lexiconKey: string, english: boolean): string {
  return `${MATCHER_DATA_FORMAT}:${EXTENSION_VERSION}:${english ? 'en' : 'sv'}:${lexiconKey}`;
}

/** The stored data when it was compiled for `key`; anything else (missing, stale, corrupt) is undefined. */
export function usableMatcher(stored: unknown, key: string): MatcherData | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { key: storedKey, data } = stored as Partial<StoredMatcher>;
  if (storedKey !== key || typeof data !== 'object' || data === null) return undefined;
  return data.format === MATCHER_DATA_FORMAT && Array.isArray(data.candidates) ? data : undefined;
}
