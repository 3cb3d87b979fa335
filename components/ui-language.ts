/**
 * The language pack texts are shown in, decided once for every context: the language of the
 * UI's own strings. The locale file declares it (`popup.packLanguage`), so pack text always
 * matches the buttons and headings around it, whatever browser language picked the locale.
 */
import { i18n } from '#i18n';
import { type PackLanguage, packLanguage } from '../core/view/language';

export type { PackLanguage };

export function uiLanguage(): PackLanguage {
  return packLanguage(i18n.t('popup.packLanguage'));
}
