/**
 * Limits that keep the settings inside `storage.sync` quotas. Chrome and Firefox refuse a write
 * whose item is over 8 KB (key plus JSON of the value) or whose area is over 100 KB, and the
 * refusal would lose the user's change, so we refuse first, with a message that says why.
 */

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM; Firefox uses the same figure. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
/** chrome.storage.sync.QUOTA_BYTES. */
export const SYNC_QUOTA_BYTES = 102_400;

/** Headroom below the per-item quota, for the browsers' own rounding and for future fields. */
export const SETTINGS_MAX_BYTES = 7_680;

export const SETTINGS_LIMITS = {
  alwaysSites: 50,
  neverSites: 50,
  quietSites: 50,
  /** Topic overrides across every pack; a topic left as shipped stores nothing. */
  topics: 90,
  hostLength: 100,
  /**
   * "Not this topic here" terms, about 70 bytes each. With every other list at its limit as
   * well the byte budget, not this count, is what stops a write (tests/unit/storage/quota.test.ts).
   */
  dismissed: 40,
  termLength: 60,
} as const;

/** Bytes a sync item occupies: the browsers count the key plus the UTF-8 JSON of the value. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
