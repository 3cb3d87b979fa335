/** Soft hyphens and zero-width characters: the page may hide them inside a word. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;

/**
 * A matched text as a dismissal ("not this topic here") stores it: NFC, invisible characters
 * out, spaces collapsed, lower case by Swedish rules, so "Varsel", "varsel" and "var\u00ADsel"
 * are one term. The settings schema and every comparison use this one rule.
 */
export function dismissalTerm(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}
