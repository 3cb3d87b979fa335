/** The language pack texts are shown in: the UI language when the pack has it, else English. */
import type { PackLanguage } from '../pack/lookup';

export type { PackLanguage };

/** `declared` is the language the locale file says it is in (see components/ui-language.ts). */
export function packLanguage(declared: string): PackLanguage {
  return declared === 'sv' ? 'sv' : 'en';
}
