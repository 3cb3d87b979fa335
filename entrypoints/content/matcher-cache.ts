/**
 * The matcher, kept for the life of the content script and built from the compiled lexicon in the
 * page setup (storage/page-setup.ts): a page never compiles the lexicon. Every topic is in it,
 * once per lexicon and language, and switching topics on or off only filters: a topic toggle
 * reaches the page at once.
 */
import type { HighlightMatcher } from '../../core/highlight';
import type { Matcher } from '../../core/match/matcher';
import { matcherFromData } from '../../core/match/matcher-data';
import { dismissalTerm, termKey } from '../../core/settings/dismissals';
import type { HighlightConfig } from './highlight-config';

let built: { revision: string; matcher: Matcher } | undefined;

/** The matcher for the enabled topics (built now unless prepareMatcher did it already). */
export function buildMatcher(config: HighlightConfig): HighlightMatcher {
  if (built?.revision !== config.revision)
    built = { revision: config.revision, matcher: matcherFromData(config.matcher) };
  return filtered(built.matcher, config);
}

/**
 * buildMatcher without long tasks: the matcher is built from the stored data in one short task,
 * and the block prefilter's word table (built on its first test) in another, before the first
 * scan slice. `pause` yields to the page between them.
 */
export async function prepareMatcher(
  config: HighlightConfig,
  pause: () => Promise<void>,
): Promise<HighlightMatcher> {
  if (built?.revision !== config.revision) {
    const matcher = matcherFromData(config.matcher);
    await pause();
    matcher.mayMatch('Om välfärden');
    await pause();
    built = { revision: config.revision, matcher };
  }
  return buildMatcher(config);
}

/** The compiled matcher seen through the settings: topics switched off and dismissed terms. */
function filtered(all: Matcher, config: HighlightConfig): HighlightMatcher {
  const enabled = new Set(config.topics);
  const dismissed = new Set(config.dismissed);
  return {
    cursor: all.cursor,
    slowMatches: all.slowMatches,
    // Topics switched off only make it say "may" more often than it needs to.
    mayMatch: all.mayMatch,
    topicOf: (matched) => {
      const hit = all.topicOf(matched);
      if (!hit || !enabled.has(hit.topic)) return undefined;
      return dismissed.size > 0 && dismissed.has(termKey(hit.topic, dismissalTerm(matched)))
        ? undefined
        : hit;
    },
    accepts: all.accepts,
  };
}
