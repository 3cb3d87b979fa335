/**
 * What the highlighter needs from packs and settings, and how a settings change affects marks
 * already on the page. Pure, so the rules are unit-tested without a browser.
 */
import type { Appearance, HighlightMatcher } from '../../core/highlight';
import type { Matcher } from '../../core/match';
import { compileLexicon, compileLexiconInSlices } from '../../core/match';
import type { LexiconEntry, PositionPack } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import { topicColor, topicPref } from '../../core/settings/topics';

export interface HighlightConfig {
  lexicon: LexiconEntry[];
  /** Equal for equal lexicons: what matcher caching and change detection compare. */
  lexiconKey: string;
  english: boolean;
  /** Enabled topic ids, in pack order. */
  topics: string[];
  appearance: Appearance;
}

export function highlightConfig(
  packs: readonly PositionPack[],
  settings: Settings,
  lang: 'sv' | 'en',
): HighlightConfig {
  const seen = new Set<string>();
  const looks: Appearance['topics'][number][] = [];
  for (const topic of packs.flatMap((p) => p.topics)) {
    // The first pack to define a topic id owns it (the bundled pack comes first).
    if (seen.has(topic.id)) continue;
    seen.add(topic.id);
    if (!topicPref(settings, topic.id).enabled) continue;
    looks.push({ id: topic.id, name: topic.name[lang], color: topicColor(settings, topic) });
  }
  const lexicon = packs.flatMap((p) => p.lexicon);
  return {
    lexicon,
    lexiconKey: lexiconKeyOf(packs, lexicon),
    english: settings.english,
    topics: looks.map((t) => t.id),
    appearance: { style: settings.style, topics: looks },
  };
}

/**
 * The lexicon serialised once per packs list: a settings change hands the same list again, and
 * comparing lexicons by content on every change meant serialising all of them three times.
 */
const lexiconKeys = new WeakMap<readonly PositionPack[], string>();
function lexiconKeyOf(packs: readonly PositionPack[], lexicon: readonly LexiconEntry[]): string {
  let key = lexiconKeys.get(packs);
  if (key === undefined) {
    key = JSON.stringify(lexicon);
    lexiconKeys.set(packs, key);
  }
  return key;
}

let compiled: { key: string; matcher: Matcher } | undefined;

/**
 * The matcher for the enabled topics. Compiling the lexicon and V8's first run of the big regex
 * cost a few hundred milliseconds, so every topic is compiled once per lexicon and language, and
 * switching topics on or off only filters: a topic toggle reaches the page at once.
 */
export function buildMatcher(config: HighlightConfig): HighlightMatcher {
  const key = matcherKey(config);
  if (compiled?.key !== key)
    compiled = { key, matcher: compileLexicon(config.lexicon, { english: config.english }) };
  return filtered(compiled.matcher, config);
}

const matcherKey = (config: HighlightConfig) => `${config.english ? 'en' : 'sv'}:${config.lexiconKey}`;

/** A short text that runs through the regex's word-start checks and a trie. */
const WARM_UP = 'Om välfärden';

/**
 * buildMatcher without long tasks: the lexicon is compiled in slices, and V8's own compile of the
 * regex (on its first exec, and to native code on the next) and of topicOf's guard each get a
 * task of their own, on a short text, before the first scan slice.
 */
export async function prepareMatcher(
  config: HighlightConfig,
  yieldToPage: () => Promise<void>,
): Promise<HighlightMatcher> {
  const key = matcherKey(config);
  let taskStart = performance.now();
  const note = () => {
    const ms = performance.now() - taskStart;
    prepareStats.tasks++;
    if (ms > prepareStats.longestMs) {
      prepareStats.longestMs = ms;
      prepareStats.longestTask = prepareStats.tasks;
    }
  };
  const pause = async () => {
    note();
    await yieldToPage();
    taskStart = performance.now();
  };
  if (compiled?.key !== key) {
    const matcher = await compileLexiconInSlices(config.lexicon, { english: config.english }, pause, 4);
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
  const matcher = buildMatcher(config);
  note();
  return matcher;
}

/** Tasks prepareMatcher ran and the longest of them (the sweep counts them as the extension's). */
export const prepareStats = { tasks: 0, longestMs: 0, longestTask: 0 };

function filtered(all: Matcher, config: HighlightConfig): HighlightMatcher {
  const enabled = new Set(config.topics);
  return {
    regex: all.regex,
    slowMatches: all.slowMatches,
    // Topics switched off only make it say "may" more often than it needs to.
    mayMatch: all.mayMatch,
    topicOf: (matched) => {
      const hit = all.topicOf(matched);
      return hit && enabled.has(hit.topic) ? hit : undefined;
    },
  };
}

export type ConfigChange =
  | { kind: 'none' }
  /** Only colours or style: rewrite the stylesheet. */
  | { kind: 'restyle' }
  /** Topics switched off and nothing else about matching: drop their marks at once. */
  | { kind: 'remove-topics'; topics: string[] }
  /** Anything that can add matches (topic on, English, packs): unmark and scan again. */
  | { kind: 'rematch' };

export function configChange(before: HighlightConfig, after: HighlightConfig): ConfigChange {
  const sameLexicon = before.lexiconKey === after.lexiconKey;
  const added = after.topics.filter((t) => !before.topics.includes(t));
  if (!sameLexicon || before.english !== after.english || added.length > 0) return { kind: 'rematch' };
  const removed = before.topics.filter((t) => !after.topics.includes(t));
  if (removed.length > 0) return { kind: 'remove-topics', topics: removed };
  const sameLook = JSON.stringify(before.appearance) === JSON.stringify(after.appearance);
  return sameLook ? { kind: 'none' } : { kind: 'restyle' };
}
