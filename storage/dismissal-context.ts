/**
 * Where each dismissed term was seen: the sentence around the highlight and when. Kept in
 * `local` only (never synced, never sent): it is page text, and it goes into a feedback file
 * only when the user ticks the box for it when exporting.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { MAX_SENTENCE_CHARS } from '../core/relevance/sentence';
import { dismissalKey } from '../core/settings/dismissals';
import type { Dismissal } from '../core/settings/schema';

const ContextSchema = v.record(
  v.string(),
  v.strictObject({
    sentence: v.pipe(v.string(), v.maxLength(MAX_SENTENCE_CHARS + 2)),
    /** When the reader dismissed the term, ms since the epoch. */
    at: v.number(),
  }),
);
export type DismissalContext = v.InferOutput<typeof ContextSchema>[string];

export const dismissalContextItem = storage.defineItem<Record<string, DismissalContext>>(
  'local:dismissalContext',
  { fallback: {}, version: 1, migrations: {} },
);

/** Valid entries only: a broken record loses its sentences, never the dismissals themselves. */
export async function getDismissalContext(): Promise<Record<string, DismissalContext>> {
  const result = v.safeParse(ContextSchema, await dismissalContextItem.getValue());
  return result.success ? result.output : {};
}

export async function rememberDismissalContext(
  dismissal: Dismissal,
  context: DismissalContext,
): Promise<void> {
  await dismissalContextItem.setValue({
    ...(await getDismissalContext()),
    [dismissalKey(dismissal)]: context,
  });
}

/** Drops the context of dismissals no longer in the settings (undone, or repaired away). */
export async function keepDismissalContextOf(dismissed: readonly Dismissal[]): Promise<void> {
  const keys = new Set(dismissed.map(dismissalKey));
  const context = await getDismissalContext();
  const kept = Object.fromEntries(Object.entries(context).filter(([key]) => keys.has(key)));
  if (Object.keys(kept).length !== Object.keys(context).length) await dismissalContextItem.setValue(kept);
}
