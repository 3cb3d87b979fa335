/**
 * The one protocol map for every message between the extension's contexts.
 * Payload schemas sit beside the map so the receiving side can validate what it gets
 * (a compromised or confused page must not be able to steer the background).
 */

import * as v from 'valibot';
import { TopicIdSchema } from '../core/pack/id';
import type { PageSetup } from '../storage/page-setup';

export const PageReportSchema = v.strictObject({
  /** Page URL without the fragment; reports for an older URL are ignored. */
  url: v.pipe(v.string(), v.maxLength(4096)),
  /** Topics found, most frequent first. */
  topics: v.pipe(
    v.array(v.strictObject({ topic: TopicIdSchema, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    v.maxLength(200),
  ),
  /** Total number of marks on the page. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;

export const OccurrenceRequestSchema = v.strictObject({
  topic: TopicIdSchema,
  /** Index among the topic's marks in document order; wraps around at both ends. */
  index: v.pipe(v.number(), v.integer()),
});
export type OccurrenceRequest = v.InferOutput<typeof OccurrenceRequestSchema>;

export const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
export { TopicIdSchema };

/** What the content script knows about its page, as the popup shows it. */
export type PageState =
  | { kind: 'scanning' }
  | { kind: 'site-off'; host: string }
  /** Not highlighted by itself: the page is not in Swedish (and English terms are off). */
  | { kind: 'not-swedish'; host: string }
  /**
   * `topics`: the report's topics, most central first (the headline and lead weigh more);
   * `positions`: the ids of the positions that speak to the page, best first; `swedishOnly`: the
   * page is not in Swedish and was read without the English words.
   */
  | { kind: 'done'; report: PageReport; topics: string[]; positions: string[]; swedishOnly?: boolean };

export const StartScanSchema = v.optional(v.strictObject({ english: v.optional(v.boolean()) }));
export type StartScanOptions = NonNullable<v.InferOutput<typeof StartScanSchema>>;

export const PageSetupRequestSchema = v.strictObject({ english: v.boolean() });
export type PageSetupRequest = v.InferOutput<typeof PageSetupRequestSchema>;

export type ScanOutcome = { ok: true } | { ok: false; reason: 'restricted' | 'no-permission' | 'error' };

export interface ProtocolMap {
  /** Content → background: the page's current topic counts (drives the badge). */
  reportPage(report: PageReport): void;
  /**
   * Popup → content: the page's state and report; rejects when no content script runs there.
   * Asked again every second while the popup is open, so it follows a live page.
   */
  getPageState(): PageState;
  /**
   * Background or popup → content: scan now, even where automatic highlighting is off (the user
   * asked); `english`: with the English terms too, for this page only.
   */
  startScan(options?: StartScanOptions): void;
  /** Popup → content: scroll to one occurrence of a topic and flash it; null when the topic has no marks. */
  showOccurrence(request: OccurrenceRequest): { index: number; total: number } | null;
  /** Popup → background: inject the content script into a tab the user asked to scan (activeTab grant). */
  scanTab(tabId: number): ScanOutcome;
  /** Options → background: register the content script on the user's granted sites now (right after a grant). */
  syncUserSites(): void;
  /** Content (in-page card) → background: open the detail view of a topic. */
  openTopicDetail(topic: string): void;
  /**
   * Content → background: the page setup (topics and compiled lexicon) for this language, when
   * the stored one is missing or for the other language (English asked for on one page).
   */
  getPageSetup(options: PageSetupRequest): PageSetup;
  /** Content → background: inject the in-page card into the asking frame (first click on a mark). */
  loadCard(): void;
}
