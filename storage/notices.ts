/**
 * Things the user should be told once, kept in `local` until the options page shows and the
 * user dismisses them (e.g. stored settings that had to be repaired).
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export const NOTICE_KINDS = ['settings-repaired', 'settings-newer-version', 'packs-repaired'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const NoticesSchema = v.array(v.strictObject({ kind: v.picklist(NOTICE_KINDS), at: v.number() }));
export type Notice = v.InferOutput<typeof NoticesSchema>[number];

export const noticesItem = storage.defineItem<Notice[]>('local:notices', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** Valid notices only: a broken list is not worth a notice of its own. */
export async function getNotices(): Promise<Notice[]> {
  const result = v.safeParse(NoticesSchema, await noticesItem.getValue());
  return result.success ? result.output : [];
}

/** Adds the notice unless one of its kind is already waiting, so the user hears of it once. */
export async function addNotice(kind: NoticeKind): Promise<void> {
  const notices = await getNotices();
  if (notices.some((n) => n.kind === kind)) return;
  await noticesItem.setValue([...notices, { kind, at: Date.now() }]);
}

export async function dismissNotice(kind: NoticeKind): Promise<void> {
  await noticesItem.setValue((await getNotices()).filter((n) => n.kind !== kind));
}
