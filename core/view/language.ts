/** The language pack texts are shown in: the UI language when the pack has it, else English. */
import type { PackLanguage } from '../pack/lookup';

export type { PackLanguage };

/** `declared` is the locale file's own `popup.packLanguage`, so pack text always matches the UI text. */
export function packLanguage(declared: string): PackLanguage {
  return declared === 'sv' ? 'sv' : 'en';
}
