import { i18n } from '#i18n';
import type { Citation } from '../core/view/citation';
import { type CitationKind, citationSegments } from './citation-text';
import { ExternalLink } from './ExternalLink';

/**
 * Who said it, where and when, and which paragraph: the reader can check every claim. A link to
 * the op-ed, when the pack gives one, shows its host and opens a new tab only when clicked.
 */
export function SourceLine({ citations, kind }: { citations: readonly Citation[]; kind: CitationKind }) {
  if (citations.length === 0) return null;
  return (
    <p class="fk-source">
      <span class="fk-source-label">{i18n.t('popup.sourceLabel')}: </span>
      {citations.map((citation, i) => (
        <span key={citation.sourceId}>
          {i > 0 ? '; ' : ''}
          {citationSegments(citation, kind).map((segment) =>
            typeof segment === 'string' ? segment : <span lang={citation.lang}>{segment.headline}</span>,
          )}
          {citation.url && citation.host && (
            <>
              {' '}
              <ExternalLink
                class="fk-source-link"
                url={citation.url}
                label={i18n.t('popup.cite.openSource', { host: citation.host })}
              />
            </>
          )}
        </span>
      ))}
    </p>
  );
}
