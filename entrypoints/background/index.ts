import { defineBackground } from 'wxt/utils/define-background';
import { repairStoredPacks } from '../../storage/keep-packs-repaired';
import { keepSettingsRepaired } from '../../storage/keep-settings-repaired';
import { keepMatcherCompiled } from './compile-matcher';
import { registerBackgroundListeners } from './listeners';
import { watchUserSites } from './user-sites';

export default defineBackground(() => {
  registerBackgroundListeners();
  watchUserSites();
  keepSettingsRepaired();
  void repairStoredPacks();
  keepMatcherCompiled();
});
