/**
 * A JSON path as people say it: `packs[0].pack.topics[1].color` becomes "pack 1, topic 2, colour"
 * ("paket 1, ämne 2, färg"). The words come from the locale files (importErrors.field.*,
 * importErrors.item.*); a key the format does not have is shown as written, in quotes. Pure.
 */
import type { Say } from './say';

/** Fields with a word of their own (importErrors.field.<key>). */
export const FIELD_WORDS = [
  // The settings file
  'format',
  'version',
  'exportedAt',
  'settings',
  'packs',
  'enabled',
  'importedAt',
  // Settings
  'mode',
  'english',
  'badge',
  'style',
  'topics',
  'disabledNewsSites',
  'alwaysSites',
  'neverSites',
  'quietSites',
  'dismissed',
  'color',
  'topic',
  'term',
  'site',
  // Position packs
  'formatVersion',
  'id',
  'name',
  'publisher',
  'date',
  'changelog',
  'minExtensionVersion',
  'publisherOwnsText',
  'sources',
  'positions',
  'figures',
  'lexicon',
  'signature',
  'url',
  'changes',
  'algorithm',
  'publicKey',
  'value',
  'file',
  'paragraphCount',
  'organisations',
  'signatories',
  'signatureParagraph',
  'nonClaims',
  'paragraph',
  'reason',
  'title',
  'headline',
  'outlet',
  'language',
  'hasFigures',
  'description',
  'stance',
  'related',
  'statement',
  'refs',
  'about',
  'cues',
  'quote',
  'written',
  'reviewBy',
  'unit',
  'qualifier',
  'counts',
  'where',
  'when',
  'partOf',
  'ref',
  'source',
  'role',
  'sv',
  'en',
  'exclude',
] as const;

/**
 * Lists whose items have a name (importErrors.item.<word> with {n}). Those marked alone name the
 * list too ("topic 2"); the others follow the list's own word ("sites never to highlight, site 3").
 */
const ITEMS: Readonly<Record<string, { word: string; alone: boolean }>> = {
  packs: { word: 'packs', alone: true },
  sources: { word: 'sources', alone: true },
  topics: { word: 'topics', alone: true },
  positions: { word: 'positions', alone: true },
  figures: { word: 'figures', alone: true },
  lexicon: { word: 'lexicon', alone: true },
  refs: { word: 'refs', alone: true },
  changelog: { word: 'changelog', alone: true },
  nonClaims: { word: 'nonClaims', alone: true },
  organisations: { word: 'organisations', alone: true },
  signatories: { word: 'signatories', alone: true },
  related: { word: 'related', alone: true },
  alwaysSites: { word: 'site', alone: false },
  neverSites: { word: 'site', alone: false },
  quietSites: { word: 'site', alone: false },
  disabledNewsSites: { word: 'site', alone: false },
};
export const ITEM_WORDS = [...new Set([...Object.values(ITEMS).map((item) => item.word), 'other'])];

const KNOWN = new Set<string>(FIELD_WORDS);

/** `topics[1].color` → ['topics', 1, 'color']; undefined for a path formatPath did not write. */
export function pathKeys(path: string): (string | number)[] | undefined {
  if (path === '$') return [];
  const keys: (string | number)[] = [];
  const token = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const found = token.exec(path);
    if (!found) return undefined;
    if (found[1] !== undefined) keys.push(found[1]);
    else if (found[2] !== undefined) keys.push(Number(found[2]));
    else keys.push(JSON.parse(found[3] as string) as string);
    at = token.lastIndex;
  }
  return keys;
}

/** Past this a key is shortened: a hostile file can name a field with a whole page of text. */
const MAX_KEY = 40;

export function quoted(text: string, say: Say): string {
  const short = text.length > MAX_KEY ? `${text.slice(0, MAX_KEY)}…` : text;
  return say('importErrors.quoted', { text: short });
}

/** The path in words, or '' for the whole file. */
export function readablePath(path: string, say: Say): string {
  const keys = pathKeys(path);
  if (!keys) return quoted(path, say);
  const parts: string[] = [];
  keys.forEach((key, i) => {
    const previous = keys[i - 1];
    const next = keys[i + 1];
    if (typeof key === 'number') {
      const item = typeof previous === 'string' ? ITEMS[previous] : undefined;
      parts.push(say(`importErrors.item.${item?.word ?? 'other'}`, { n: key + 1 }));
      return;
    }
    // The entry of a pack in a settings file holds the pack itself: "pack 1" says enough.
    if (key === 'pack' && typeof previous === 'number' && keys[i - 2] === 'packs') return;
    // A settings file's own settings read as themselves ("highlight style", not "settings, …").
    if (key === 'settings' && i === 0 && typeof next === 'string' && KNOWN.has(next)) return;
    // Topic choices in the settings are keyed by topic id: "topic “asylum”, colour".
    if (key === 'topics' && previous === 'settings' && typeof next === 'string') return;
    if (previous === 'topics' && keys[i - 2] === 'settings') {
      parts.push(say('importErrors.item.topicNamed', { id: quoted(key, say) }));
      return;
    }
    if (typeof next === 'number' && ITEMS[key]?.alone) return;
    parts.push(KNOWN.has(key) ? say(`importErrors.field.${key}`) : quoted(key, say));
  });
  return parts.join(', ');
}
