import { i18n } from '#i18n';
import { TopicDetails } from '../../../components/TopicDetails';
import { TopicSwatch } from '../../../components/TopicSwatch';
import type { TopicView } from '../../../core/view/topic-view';
import { keepTabInside } from './focus-loop';
import { NotThisTopic, type NotThisTopicProps } from './NotThisTopic';

interface Props {
  view: TopicView;
  /** The highlighted word, and what the reader can do when it is not about the topic here. */
  mark: Omit<NotThisTopicProps, 'topic'>;
  /** The address of the link the highlight sits in, when it is in one. */
  link?: string;
  onClose(): void;
  onOpenDetail(): void;
}

/** What the unions say about the highlighted word, next to the word, and why it is marked. */
export function TopicCard({ view, mark, link, onClose, onOpenDetail }: Props) {
  const titleId = `fk-card-title-${view.id}`;
  return (
    <div
      class="fk-theme fk-card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => keepTabInside(event, event.currentTarget)}
    >
      <div class="fk-card-head">
        <TopicSwatch color={view.color} />
        <h2 id={titleId} class="fk-card-title">
          {view.name}
        </h2>
        <button type="button" class="fk-card-close" aria-label={i18n.t('card.close')} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {/* When the card is taller than its room, keyboard users scroll it here (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard */}
      <section class="fk-card-body" aria-labelledby={titleId} tabIndex={0}>
        <p class="fk-why">{i18n.t('card.markedFor', { term: mark.term, topic: view.name })}</p>
        <TopicDetails view={view} canShowMore={false} />
      </section>
      <div class="fk-card-foot">
        <div class="fk-actions">
          {link && (
            <a class="fk-link-button fk-card-link" href={link}>
              {i18n.t('card.openLink')}
            </a>
          )}
          <button type="button" class="fk-link-button" onClick={onOpenDetail}>
            {i18n.t('card.openDetail')}
          </button>
          <NotThisTopic {...mark} topic={view.name} />
        </div>
      </div>
    </div>
  );
}
