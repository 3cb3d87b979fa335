/**
 * What the highlighter needs from packs and settings: the lexicon, the enabled topics and how
 * they look. Pure, so the rules are unit-tested without a browser.
 */
import type { Appearance } from '../../core/highlight';
import { lexiconKeyOf } from '../../core/pack/lexicon-key';
import type { LexiconEntry, PositionPack } from '../../core/pack/schema';
import { dismissedOn } from '../../core/settings/dismissals';
import type { Settings } from '../../core/settings/schema';
import { topicColor, topicPref } from '../../core/settings/topics';

export interface HighlightConfig {
  lexicon: LexiconEntry[];
  /** Equal for equal lexicons: what matcher caching and change detection compare. */
  lexiconKey: string;
  english: boolean;
  /** Enabled topic ids, in pack order. */
  topics: string[];
  /** Terms taken off a topic on this page's site or everywhere, as termKey(topic, term), sorted. */
  dismissed: string[];
  appearance: Appearance;
}

export function highlightConfig(
  packs: readonly PositionPack[],
  settings: Settings,
  lang: 'sv' | 'en',
  page: {
    /** The page's host, for the dismissals made on its site. */
    host?: string;
    /** What a mark's accessible name adds after its word ("markerat för Trygga jobb"). */
    markedFor?: (topicName: string) => string;
  } = {},
): HighlightConfig {
  const { host = '', markedFor } = page;
  const seen = new Set<string>();
  const looks: Appearance['topics'][number][] = [];
  for (const topic of packs.flatMap((p) => p.topics)) {
    // The first pack to define a topic id owns it (the bundled pack comes first).
    if (seen.has(topic.id)) continue;
    seen.add(topic.id);
    if (!topicPref(settings, topic.id).enabled) continue;
    const name = topic.name[lang];
    looks.push({
      id: topic.id,
      name,
      ...(markedFor && { label: markedFor(name) }),
      color: topicColor(settings, topic),
    });
  }
  const lexicon = packs.flatMap((p) => p.lexicon);
  return {
    lexicon,
    lexiconKey: lexiconKeyOf(packs),
    english: settings.english,
    topics: looks.map((t) => t.id),
    dismissed: [...dismissedOn(host, settings.dismissed)].sort(),
    appearance: { style: settings.style, topics: looks },
  };
}
