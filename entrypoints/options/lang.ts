import { browser } from 'wxt/browser';

/** Pack texts come in Swedish and English; the UI language picks which one the page shows. */
export type PackLang = 'sv' | 'en';

export const packLang = (): PackLang =>
  browser.i18n.getUILanguage().toLowerCase().startsWith('sv') ? 'sv' : 'en';
