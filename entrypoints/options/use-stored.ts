/** Hooks that keep the page in step with storage, so a change made elsewhere shows here at once. */
import { useEffect, useState } from 'preact/hooks';
import type { PositionPack } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import { getActivePacks, watchActivePacks } from '../../storage/active-packs';
import { getNotices, type Notice, noticesItem } from '../../storage/notices';
import { importedPacksItem, readStoredPacks, type StoredPack } from '../../storage/packs';
import { settingsItem } from '../../storage/settings';

function useLive<T>(read: () => Promise<T>, watch: (set: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void read().then((v) => live && setValue(() => v));
    const unwatch = watch((v) => setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

export const useSettings = (): Settings | undefined =>
  useLive(
    () => settingsItem.getValue(),
    (set) => settingsItem.watch(set),
  );

export const useActivePacks = (): PositionPack[] | undefined => useLive(getActivePacks, watchActivePacks);

export const useImportedPacks = (): StoredPack[] | undefined =>
  useLive(
    async () => readStoredPacks(await importedPacksItem.getValue()).packs,
    (set) => importedPacksItem.watch((raw) => set(readStoredPacks(raw).packs)),
  );

export const useNotices = (): Notice[] | undefined =>
  useLive(getNotices, (set) => noticesItem.watch(() => void getNotices().then(set)));
