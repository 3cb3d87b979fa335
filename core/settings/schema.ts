/**
 * User preferences (stored in `sync`). Pure: the storage item that persists them
 * lives in storage/settings.ts.
 */

import * as v from 'valibot';
import { TopicIdSchema } from '../pack/id';
import { dismissalTerm } from './dismissal-term';
import { HOST_PATTERN } from './host-pattern';
import { SETTINGS_LIMITS, SETTINGS_MAX_BYTES, syncItemBytes } from './limits';

export { HOST_PATTERN };

export const ColorSchema = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-f]{6}$/, 'must be a lower-case #rrggbb colour'),
);

export const HostSchema = v.pipe(
  v.string(),
  v.toLowerCase(),
  v.regex(HOST_PATTERN, 'must be a host name such as example.se'),
  v.maxLength(SETTINGS_LIMITS.hostLength, `must be at most ${SETTINGS_LIMITS.hostLength} characters`),
);

/** Pack ids, so a preference can only name a topic a pack could define. */
export { TopicIdSchema };

export const TopicPrefSchema = v.strictObject({
  enabled: v.boolean(),
  /** null: the pack's default colour. */
  color: v.nullable(ColorSchema),
});

const hostList = (max: number) =>
  v.pipe(
    v.array(HostSchema),
    v.maxLength(max, `at most ${max} sites`),
    v.check((list) => new Set(list).size === list.length, 'lists a site twice'),
  );

/** "Not this topic here": a term the reader says is not about a topic (core/settings/dismissals.ts). */
export const DismissalSchema = v.strictObject({
  topic: TopicIdSchema,
  term: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(SETTINGS_LIMITS.termLength, `must be at most ${SETTINGS_LIMITS.termLength} characters`),
    v.check((term) => term === dismissalTerm(term), 'must be lower case, without extra spaces'),
  ),
  /** The site (a host without "www.", its subdomains included); absent: everywhere. */
  site: v.optional(
    v.pipe(
      v.string(),
      v.regex(HOST_PATTERN, 'must be a host name such as example.se'),
      v.maxLength(SETTINGS_LIMITS.hostLength, `must be at most ${SETTINGS_LIMITS.hostLength} characters`),
    ),
  ),
});

const dismissalKey = (d: v.InferOutput<typeof DismissalSchema>) =>
  `${d.topic}\u0000${d.term}\u0000${d.site ?? ''}`;

export const SettingsShapeSchema = v.strictObject({
  /** auto: highlight allowed sites on load; on-demand: only when the user asks. */
  mode: v.picklist(['auto', 'on-demand']),
  /** Add the English terms of each lexicon. */
  english: v.boolean(),
  badge: v.picklist(['topics', 'matches', 'off']),
  style: v.picklist(['fill', 'underline', 'outline']),
  /** Per-topic overrides keyed by topic id; a missing topic is on with its default colour. */
  topics: v.pipe(
    // valibot's record takes a list too; stored as JSON that would become `[]`, not `{}`.
    v.custom<Record<string, unknown>>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      'must be an object',
    ),
    v.record(TopicIdSchema, TopicPrefSchema),
    v.check(
      (topics) => Object.keys(topics).length <= SETTINGS_LIMITS.topics,
      `at most ${SETTINGS_LIMITS.topics} customised topics`,
    ),
  ),
  /** Default news sites switched off by the user. */
  disabledNewsSites: hostList(100),
  /** Sites the user added ("always highlight here"); need a granted host permission. */
  alwaysSites: hostList(SETTINGS_LIMITS.alwaysSites),
  /** Sites never highlighted, not even on request from a default list. */
  neverSites: hostList(SETTINGS_LIMITS.neverSites),
  /**
   * Sites read without highlights: the popup lists and finds the topics, the page looks as it is
   * (since settings version 3).
   */
  quietSites: hostList(SETTINGS_LIMITS.quietSites),
  /** Terms the reader took off a topic, on a site or everywhere (since settings version 2). */
  dismissed: v.pipe(
    v.array(DismissalSchema),
    v.maxLength(SETTINGS_LIMITS.dismissed, `at most ${SETTINGS_LIMITS.dismissed} dismissed terms`),
    v.check(
      (list) => new Set(list.map(dismissalKey)).size === list.length,
      'lists the same term, topic and site twice',
    ),
  ),
});

/** The shape plus the byte budget, which is what guarantees a sync write can never be refused. */
export const SettingsSchema = v.pipe(
  SettingsShapeSchema,
  v.check(
    (settings) => syncItemBytes('settings', settings) <= SETTINGS_MAX_BYTES,
    `the settings are larger than ${SETTINGS_MAX_BYTES} bytes, the limit of synced storage`,
  ),
);

export type TopicPref = v.InferOutput<typeof TopicPrefSchema>;
export type Dismissal = v.InferOutput<typeof DismissalSchema>;
export type Settings = v.InferOutput<typeof SettingsShapeSchema>;

/** The defaults live apart, so a page can read them without the schema library. */
export { DEFAULT_SETTINGS } from './defaults';
