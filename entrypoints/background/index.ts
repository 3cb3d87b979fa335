import { defineBackground } from 'wxt/utils/define-background';
import { registerBackgroundListeners } from '../../lib/background/listeners';
import { watchUserSites } from '../../lib/background/user-sites';
import { repairStoredPacks } from '../../lib/packs/keep-repaired';
import { keepSettingsRepaired } from '../../lib/settings/keep-repaired';

export default defineBackground(() => {
  registerBackgroundListeners();
  watchUserSites();
  keepSettingsRepaired();
  void repairStoredPacks();
});
