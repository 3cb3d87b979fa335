/**
 * The matcher, kept for the life of the content script. It is built from the data the background
 * compiled and stored (storage/compiled-matcher.ts); only when that is missing or stale does the
 * page compile the lexicon itself. Every topic is in it, once per lexicon and language, and
 * switching topics on or off only filters: a topic toggle reaches the page at once.
 */
import type { HighlightMatcher } from '../../core/highlight';
import type { Matcher } from '../../core/match';
import { compileLexicon, compileLexiconDataInSlices, matcherFromData } from '../../core/match';
import { dismissalTerm, termKey } from '../../core/settings/dismissals';
import { compiledMatcherItem, matcherKey as storedKey, usableMatcher } from '../../storage/compiled-matcher';
import type { HighlightConfig } from './highlight-config';

let compiled: { key: string; matcher: Matcher } | undefined;

/** The matcher for the enabled topics (compiled now unless prepareMatcher did it already). */
export function buildMatcher(config: HighlightConfig): HighlightMatcher {
  const key = matcherKey(config);
  if (compiled?.key !== key)
    compiled = { key, matcher: compileLexicon(config.lexicon, { english: config.english }) };
  return filtered(compiled.matcher, config);
}

const matcherKey = (config: HighlightConfig) => storedKey(config.lexiconKey, config.english);

/** A short text that runs through the regex's word-start checks and a trie. */
const WARM_UP = 'Om välfärden';

/**
 * buildMatcher without long tasks: the matcher comes from the stored data (or, failing that, the
 * lexicon compiled in slices), and V8's own compile of the regex (on its first exec, and to
 * native code on the next) and of topicOf's guard each get a task of their own, on a short text,
 * before the first scan slice. `pause` yields to the page between those tasks.
 */
export async function prepareMatcher(
  config: HighlightConfig,
  pause: () => Promise<void>,
): Promise<HighlightMatcher> {
  const key = matcherKey(config);
  if (compiled?.key !== key) {
    const matcher =
      storedMatcher(await compiledMatcherItem.getValue().catch(() => null), key) ??
      matcherFromData(
        await compileLexiconDataInSlices(config.lexicon, { english: config.english }, pause, 4),
      );
    await pause();
    WARM_UP.search(matcher.regex);
    await pause();
    WARM_UP.search(matcher.regex);
    await pause();
    matcher.topicOf('välfärden');
    await pause();
    matcher.mayMatch(WARM_UP);
    await pause();
    compiled = { key, matcher };
  }
  return buildMatcher(config);
}

/** The stored matcher when it was compiled for `key` and reads back whole; undefined otherwise. */
function storedMatcher(stored: unknown, key: string): Matcher | undefined {
  const data = usableMatcher(stored, key);
  try {
    return data && matcherFromData(data);
  } catch {
    // Damaged data: the page compiles for itself, as with none stored.
    return undefined;
  }
}

/** The compiled matcher seen through the settings: topics switched off and dismissed terms. */
function filtered(all: Matcher, config: HighlightConfig): HighlightMatcher {
  const enabled = new Set(config.topics);
  const dismissed = new Set(config.dismissed);
  return {
    regex: all.regex,
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
  };
}
