/**
 * What the highlighter needs from the page setup and the settings: the compiled lexicon, the
 * enabled topics and how they look. Pure, so the rules are unit-tested without a browser.
 */
import type { Appearance } from '../../core/highlight';
import type { MatcherData } from '../../core/match/matcher-data';
import { dismissedOn } from '../../core/settings/dismissals';
import type { Settings } from '../../core/settings/schema';
import { isQuietSite } from '../../core/settings/sites';
import { topicColor, topicPref } from '../../core/settings/topics';
import type { PageSetup } from '../../storage/page-setup';

export interface HighlightConfig {
  /** The compiled lexicon, every topic in it (switched-off topics are filtered, not recompiled). */
  matcher: MatcherData;
  /** Equal for equal lexicons and languages: what matcher caching and change detection compare. */
  revision: string;
  english: boolean;
  /** Enabled topic ids, in pack order. */
  topics: string[];
  /** Terms taken off a topic on this page's site or everywhere, as termKey(topic, term), sorted. */
  dismissed: string[];
  appearance: Appearance;
}

export function highlightConfig(
  setup: PageSetup,
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
  const looks: Appearance['topics'][number][] = [];
  for (const topic of setup.topics) {
    if (!topicPref(settings, topic.id).enabled) continue;
    const name = topic.name[lang];
    looks.push({
      id: topic.id,
      name,
      ...(markedFor && { label: markedFor(name) }),
      color: topicColor(settings, topic),
    });
  }
  return {
    matcher: setup.matcher,
    revision: setup.revision,
    english: setup.english,
    topics: looks.map((t) => t.id),
    dismissed: [...dismissedOn(host, settings.dismissed)].sort(),
    appearance: {
      style: settings.style,
      topics: looks,
      // Listed, not shown: the popup's "show highlights on the page" switch (quietSites).
      ...(host !== '' && isQuietSite(host, settings) && { quiet: true }),
    },
  };
}
