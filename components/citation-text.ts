import { i18n } from '#i18n';
import { type Citation, formatParagraphList } from '../core/view/citation';

/** "Kommunals och IF Metalls … (Jessica P Klemetsson & Stefan Leiding) — debattartikel ”…”, stycke 5" */
export function citationText(citation: Citation): string {
  const list = formatParagraphList(citation.paragraphs, i18n.t('popup.and'));
  return i18n.t('popup.sourceLine', {
    who: citation.who,
    title: citation.title,
    paragraphs: i18n.t('popup.paragraphs', citation.paragraphs.length, [list]),
  });
}
