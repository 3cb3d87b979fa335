/**
 * Position packs written to attack whatever renders them. The schema refuses `<` and `>` in any
 * text, so the accepted pack carries the payloads that survive that rule (entities, full-width
 * brackets, `javascript:`, attribute breakers, template syntax); the refused one carries raw
 * markup in its values and keys, which reaches the page only through the error list.
 */
import type { PositionPack } from '../../../core/pack/schema';
import { packNamed } from '../../unit/entrypoints/options/pack-fixtures';

/** Every payload sets this flag (or opens a dialog) if it ever runs. */
export const PWNED = '__pwned';

export const INERT_PAYLOADS = [
  `javascript:window.${PWNED}=1`,
  `" onmouseover="window.${PWNED}=1" x="`,
  `&lt;img src=x onerror=window.${PWNED}=1&gt;`,
  `&#60;script&#62;window.${PWNED}=1&#60;/script&#62;`,
  `＜script＞window.${PWNED}=1＜/script＞`,
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  `\${window.${PWNED}=1} %3Cscript%3Ealert(1)%3C/script%3E`,
] as const;

/** Words no real lexicon has; the page fixture contains the term, so the topic gets marked. */
export const HOSTILE_TERM = 'fientligord';
export const HOSTILE_PACK_ID = 'fientligt-paket';

/** Accepted by every check, with a payload in every text a popup, card or options page shows. */
export function inertPayloadPack(): PositionPack {
  const pack = packNamed(HOSTILE_PACK_ID, 1);
  const [p0, p1, p2, p3, p4, p5, p6] = INERT_PAYLOADS;
  const topic = pack.topics[0] as PositionPack['topics'][number];
  const source = pack.sources[0] as PositionPack['sources'][number];
  return {
    ...pack,
    name: { sv: p0, en: p0 },
    sources: [{ ...source, title: { sv: p1, en: p1 }, organisations: [p2], signatories: [p3] }],
    topics: [{ ...topic, name: { sv: p4, en: p4 }, description: { sv: p5, en: p5 } }],
    // Cued by the page's own term, so the card leads with a position and shows its texts too.
    positions: pack.positions.map((p) => ({
      ...p,
      statement: { sv: p6, en: p6 },
      about: { sv: p3, en: p3 },
      cues: { sv: [`${HOSTILE_TERM}*`], en: [] },
    })),
    figures: pack.figures.map((f) => ({ ...f, counts: { sv: p2, en: p2 }, where: { sv: p0, en: p0 } })),
    lexicon: [{ topic: topic.id, sv: [`${HOSTILE_TERM}*`], en: [], exclude: [] }],
  };
}

export const MARKUP_PAYLOADS = [
  `<script>window.${PWNED}=1</script>`,
  `<img src=x onerror="window.${PWNED}=1;alert(1)">`,
  `<a href="javascript:window.${PWNED}=1">x</a>`,
] as const;

/** Refused at import: raw markup in values and in a key (valibot names unknown keys in its errors). */
export function markupPack(): Record<string, unknown> {
  const pack = packNamed('markup-paket', 1) as unknown as Record<string, unknown>;
  const [script, img, link] = MARKUP_PAYLOADS;
  return {
    ...pack,
    name: { sv: script, en: img },
    [img]: link,
    [script]: true,
  };
}
