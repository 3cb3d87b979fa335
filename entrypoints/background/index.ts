import { defineBackground } from 'wxt/utils/define-background';
import { repairStoredPacks } from '../../storage/keep-packs-repaired';
import { keepSettingsRepaired } from '../../storage/keep-settings-repaired';
import { registerBackgroundListeners } from './listeners';
import { keepPageSetup } from './page-setup';
import { watchUserSites } from './user-sites';

export default defineBackground(() => {
  registerBackgroundListeners();
  watchUserSites();
  keepSettingsRepaired();
  void repairStoredPacks();
  keepPageSetup();
});
