/**
 * Per-topic choices. A topic left as shipped (on, pack colour) stores nothing, which keeps the
 * synced settings small however many packs are installed.
 */
import { readableShade } from './contrast';
import type { Settings, TopicPref } from './schema';

export const DEFAULT_TOPIC_PREF: TopicPref = { enabled: true, color: null };

export function topicPref(settings: Settings, id: string): TopicPref {
  return settings.topics[id] ?? DEFAULT_TOPIC_PREF;
}

export function withTopicPref(settings: Settings, id: string, change: Partial<TopicPref>): Settings {
  const next = { ...topicPref(settings, id), ...change };
  const { [id]: _old, ...others } = settings.topics;
  const isDefault = next.enabled && next.color === null;
  return { ...settings, topics: isDefault ? others : { ...others, [id]: next } };
}

/** Back to shipped state: the given topics, or every topic when no ids are given. */
export function withTopicsReset(settings: Settings, ids?: readonly string[]): Settings {
  if (!ids) return { ...settings, topics: {} };
  return {
    ...settings,
    topics: Object.fromEntries(Object.entries(settings.topics).filter(([id]) => !ids.includes(id))),
  };
}

/**
 * The colour a topic is highlighted in: the chosen or pack colour, or its nearest shade that keeps
 * the mark text readable when that colour would not (a colour stored by an older version, synced
 * from elsewhere, or an imported pack's).
 */
export function topicColor(settings: Settings, topic: { id: string; color: string }): string {
  return readableShade(topicPref(settings, topic.id).color ?? topic.color);
}
