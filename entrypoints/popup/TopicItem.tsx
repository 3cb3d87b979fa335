import { i18n } from '#i18n';
import { TopicDetails } from '../../components/TopicDetails';
import { TopicSwatch } from '../../components/TopicSwatch';
import type { TopicView } from '../../core/view/topic-view';
import { OccurrenceNav } from './OccurrenceNav';

interface Props {
  view: TopicView;
  expanded: boolean;
  /** Absent in the one-topic detail view, where there is nothing to fold. */
  onToggle?: () => void;
  /** Every position at once, for the one-topic detail view. */
  allPositions?: boolean;
  show?: (topic: string, index: number) => Promise<{ index: number; total: number } | null>;
}

function TopicLabel({ view }: { view: TopicView }) {
  return (
    <>
      <TopicSwatch color={view.color} />
      <span class="fk-topic-text">
        <span class="fk-topic-name">{view.name}</span>
        {view.count !== null && <span class="fk-count">{i18n.t('popup.matches', view.count)}</span>}
      </span>
    </>
  );
}

/** One topic: colour, name and count at a glance, the union position one press away. */
export function TopicItem({ view, expanded, onToggle, allPositions, show }: Props) {
  const detailsId = `fk-details-${view.id}`;
  return (
    <li class="fk-topic" data-topic={view.id}>
      <div class="fk-topic-row">
        <h2 class="fk-topic-heading">
          {onToggle ? (
            <button
              type="button"
              class="fk-topic-toggle"
              aria-expanded={expanded}
              aria-controls={detailsId}
              onClick={onToggle}
            >
              <TopicLabel view={view} />
              <svg
                class="fk-disclosure"
                viewBox="0 0 16 16"
                width="14"
                height="14"
                aria-hidden="true"
                focusable="false"
              >
                {/* Drawn pointing up when open rather than rotated: a rotated SVG came out as a
                    stray stroke at 1x in Chromium (docs/screenshots/popup-sv.png). */}
                <path
                  d={expanded ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'}
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                />
              </svg>
            </button>
          ) : (
            <span class="fk-topic-toggle">
              <TopicLabel view={view} />
            </span>
          )}
        </h2>
        {view.count !== null && show && <OccurrenceNav topic={view.id} name={view.name} show={show} />}
      </div>
      <div id={detailsId} class="fk-topic-details" hidden={!expanded}>
        {expanded && <TopicDetails view={view} allPositions={allPositions} />}
      </div>
    </li>
  );
}
