import { useEffect, useState } from 'preact/hooks';
import type { PositionPack } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import { getActivePacks, watchActivePacks } from '../../storage/active-packs';
import { settingsItem } from '../../storage/settings';

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
