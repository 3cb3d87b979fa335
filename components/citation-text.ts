import { i18n } from '#i18n';
import { type Citation, formatDate, formatParagraphList } from '../core/view/citation';
import type { PositionView } from '../core/view/topic-view';
import { uiLanguage } from './ui-language';

/**
 * What a citation stands for: a position summarised in the pack's words, a position in the
 * op-ed's own words (a quote), or figures carried over from the paragraph.
 */
export type CitationKind = 'summary' | 'quote' | 'figure';

/** The headline's place in a citation: marked so the UI can tag it with the op-ed's language. */
const HEADLINE = '\u0000';

/**
 * "Sammanfattning av stycke 5 i en debattartikel av Kommunals … (Jessica P Klemetsson & Stefan
 * Leiding), Dagens Nyheter, 12 mars 2024: ”Rubriken”". Every fact the pack gives, in that order;
 * one it does not give is left out. The pack's own title is never presented as a headline.
 */
export function citationText(citation: Citation, kind: CitationKind): string {
  return citationSegments(citation, kind)
    .map((segment) => (typeof segment === 'string' ? segment : segment.headline))
    .join('');
}

/** citationText in pieces, the headline apart (in the op-ed's language, not the UI's). */
export function citationSegments(citation: Citation, kind: CitationKind): (string | { headline: string })[] {
  const list = formatParagraphList(citation.paragraphs, i18n.t('popup.and'));
  const paragraphs = i18n.t('popup.paragraphs', citation.paragraphs.length, [list]);
  let article = citation.who ? i18n.t('popup.cite.opEdBy', { who: citation.who }) : i18n.t('popup.cite.opEd');
  const date = formatDate(citation.date, uiLanguage());
  for (const fact of [citation.outlet, date]) if (fact) article += `, ${fact}`;
  if (citation.headline) article += `: ${i18n.t('popup.cite.headline', { headline: HEADLINE })}`;
  let text = i18n.t(`popup.cite.${kind}`, { paragraphs, article });
  if (kind === 'figure') text = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  const [before = '', after] = text.split(HEADLINE);
  return after === undefined || !citation.headline
    ? [before]
    : [before, { headline: citation.headline }, after];
}

/**
 * A position as plain text with everything needed to check it, for a chat or a flyer: the
 * statement, the quote when there is one, each source with its link, and the pack and version.
 */
export function positionCitationText(topic: string, position: PositionView): string {
  const lines = [i18n.t('popup.copy.lead', { topic, statement: position.statement })];
  if (position.quote) lines.push(i18n.t('popup.cite.headline', { headline: position.quote.text }));
  const kind = position.quote ? 'quote' : 'summary';
  for (const citation of position.citations) {
    const source = `${i18n.t('popup.sourceLabel')}: ${citationText(citation, kind)}.`;
    lines.push(citation.url ? `${source} ${citation.url}` : source);
  }
  const { name, version } = position.pack;
  lines.push(
    version
      ? i18n.t('popup.copy.pack', { pack: name, version })
      : i18n.t('popup.copy.packNoVersion', { pack: name }),
  );
  return lines.join('\n');
}
