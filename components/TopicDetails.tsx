import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatDate } from '../core/view/citation';
import { isPastReview } from '../core/view/review';
import type { TopicView } from '../core/view/topic-view';
import { CopyCitation } from './CopyCitation';
import { positionCitationText } from './citation-text';
import { FigureChart } from './FigureChart';
import { SourceLine } from './SourceLine';
import { uiLanguage } from './ui-language';

interface Props {
  view: TopicView;
  /** Show every position at once (the topic detail page); otherwise the lead one and a button. */
  allPositions?: boolean;
  /** The card links to the popup for more instead of unfolding in the page. */
  canShowMore?: boolean;
}

/**
 * The union position on a topic, its figures and sources: shared by the popup and the card.
 * The lead position and the figures come first so the gist fits the first screen.
 */
export function TopicDetails({ view, allPositions = false, canShowMore = true }: Props) {
  const [showAll, setShowAll] = useState(allPositions);
  const [unfolded, setUnfolded] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // The button disappears once pressed; focus moves to the first position it revealed.
  useEffect(() => {
    if (unfolded) list.current?.querySelectorAll<HTMLElement>('.fk-position')[1]?.focus();
  }, [unfolded]);
  // A passage no position speaks to: the topic's overview (its stance, else what it covers)
  // leads, and no position is put forward as if it answered.
  const overview = view.fit === null;
  const positions = showAll ? view.positions : overview ? [] : view.positions.slice(0, 1);
  const hidden = view.positions.length - positions.length;
  return (
    <div class="fk-details">
      {/* Two columns in the full view (popup.css); one flow, as if unwrapped, everywhere else. */}
      <div class="fk-details-text">
        <h3 class="fk-subheading">{i18n.t(overview ? 'popup.overviewHeading' : 'popup.positionHeading')}</h3>
        {overview && (
          <>
            <p class="fk-statement fk-stance">{view.stance ?? view.description}</p>
            <p class="fk-muted">{i18n.t('popup.noSpecificPosition')}</p>
          </>
        )}
        {view.fit?.about && <p class="fk-fit">{i18n.t('popup.about', { about: view.fit.about })}</p>}
        {overview && !showAll ? null : positions.length === 0 ? (
          <p class="fk-muted">{i18n.t('popup.noPosition')}</p>
        ) : (
          <ul class="fk-positions" ref={list}>
            {positions.map((position) => (
              <li key={position.id} class="fk-position" data-position={position.id} tabIndex={-1}>
                <p class="fk-statement">{position.statement}</p>
                {isPastReview(position.reviewBy, new Date()) && (
                  <p class="fk-outdated">
                    {i18n.t('popup.outdated', {
                      date: formatDate(position.reviewBy, uiLanguage()) ?? (position.reviewBy as string),
                    })}
                  </p>
                )}
                {position.quote && (
                  <figure class="fk-quote">
                    <figcaption class="fk-muted">{i18n.t('popup.cite.quoteLabel')}</figcaption>
                    <blockquote lang={position.quote.lang}>{position.quote.text}</blockquote>
                  </figure>
                )}
                <SourceLine citations={position.citations} kind={position.quote ? 'quote' : 'summary'} />
                <CopyCitation text={() => positionCitationText(view.name, position)} />
              </li>
            ))}
          </ul>
        )}
        {hidden > 0 && canShowMore && (
          <button
            type="button"
            class="fk-link-button fk-more"
            onClick={() => {
              setShowAll(true);
              setUnfolded(true);
            }}
          >
            {i18n.t('popup.showAllPositions', view.positions.length)}
          </button>
        )}
      </div>
      <div class="fk-details-figures">
        {view.figures.length > 0 && (
          <>
            <h3 class="fk-subheading">{i18n.t('popup.figuresHeading')}</h3>
            {view.figures.map((group) => (
              <FigureChart key={group.where} group={group} />
            ))}
          </>
        )}
        {view.sourcesHaveNoFigures && <p class="fk-muted">{i18n.t('popup.noFigures')}</p>}
      </div>
    </div>
  );
}
