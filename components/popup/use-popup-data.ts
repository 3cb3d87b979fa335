import { useEffect, useState } from 'preact/hooks';
import type { PositionPack } from '../../lib/pack/schema';
import { getActivePacks, watchActivePacks } from '../../lib/packs/active-packs';
import type { Settings } from '../../lib/settings/schema';
import { settingsItem } from '../../lib/settings/storage';

export interface PopupData {
  packs: PositionPack[];
  settings: Settings;
}

/** Active packs and settings, kept current while the popup is open; null until both are read. */
export function usePopupData(): PopupData | null {
  const [data, setData] = useState<PopupData | null>(null);
  useEffect(() => {
    let alive = true;
    void Promise.all([getActivePacks(), settingsItem.getValue()]).then(([packs, settings]) => {
      if (alive) setData((old) => old ?? { packs, settings });
    });
    const stopPacks = watchActivePacks((packs) => setData((old) => old && { ...old, packs }));
    const stopSettings = settingsItem.watch((settings) => {
      setData((old) => old && { ...old, settings: settings ?? old.settings });
    });
    return () => {
      alive = false;
      stopPacks();
      stopSettings();
    };
  }, []);
  return data;
}
