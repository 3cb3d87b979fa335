import { i18n } from '#i18n';
import { type Citation, formatDate, formatParagraphList } from '../core/view/citation';
import { uiLanguage } from './ui-language';

/**
 * What a citation stands for: a position summarised in the pack's words, a position in the
 * op-ed's own words (a quote), or figures carried over from the paragraph.
 */
export type CitationKind = 'summary' | 'quote' | 'figure';

/**
 * "Sammanfattning av stycke 5 i debattartikel av Kommunals … (Jessica P Klemetsson & Stefan
 * Leiding), Dagens Nyheter, 12 mars 2024: ”Rubriken”". Every fact the pack gives, in that order;
 * one it does not give is left out. The pack's own title is never presented as a headline.
 */
export function citationText(citation: Citation, kind: CitationKind): string {
  const list = formatParagraphList(citation.paragraphs, i18n.t('popup.and'));
  const paragraphs = i18n.t('popup.paragraphs', citation.paragraphs.length, [list]);
  let article = citation.who ? i18n.t('popup.cite.opEdBy', { who: citation.who }) : i18n.t('popup.cite.opEd');
  const date = formatDate(citation.date, uiLanguage());
  for (const fact of [citation.outlet, date]) if (fact) article += `, ${fact}`;
  if (citation.headline) article += `: ${i18n.t('popup.cite.headline', { headline: citation.headline })}`;
  const text = i18n.t(`popup.cite.${kind}`, { paragraphs, article });
  return kind === 'figure' ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}
