import { i18n } from '#i18n';
import type { Citation } from '../core/view/citation';
import { citationText } from './citation-text';

/** Who said it, in which op-ed and paragraph: the reader can check every claim. */
export function SourceLine({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <p class="fk-source">
      <span class="fk-source-label">{i18n.t('popup.sourceLabel')}: </span>
      {citations.map((citation, i) => (
        <span key={citation.sourceId}>
          {i > 0 ? '; ' : ''}
          {citationText(citation)}
        </span>
      ))}
    </p>
  );
}
