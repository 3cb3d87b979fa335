import { i18n } from '#i18n';
import type { FigureGroup } from '../core/view/figure-groups';
import { SourceLine } from './SourceLine';

/**
 * Head counts as labelled bars with the shares beside them. A figure that is part of another is
 * drawn inside its bar and said as "of which", never as a bar of its own. Every number is text in
 * the DOM; the bars are drawn in SVG and hidden from assistive technology, which reads the labels.
 */
export function FigureChart({ group }: { group: FigureGroup }) {
  const max = Math.max(...group.bars.map((bar) => bar.amount), 1);
  return (
    <figure class="fk-chart">
      <figcaption class="fk-chart-title">{i18n.t('popup.chartTitle', { where: group.where })}</figcaption>
      <div class="fk-chart-body">
        {group.bars.length > 0 && (
          <ol class="fk-bars">
            {group.bars.map((bar) => (
              <li key={bar.id} class="fk-bar-row" data-figure={bar.id}>
                <span class="fk-figure-value">{bar.value}</span>
                <svg
                  class="fk-bar"
                  viewBox="0 0 100 8"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect class="fk-bar-track" x="0" y="0" width="100" height="8" rx="2" />
                  <rect class="fk-bar-fill" x="0" y="0" width={(bar.amount / max) * 100} height="8" rx="2" />
                  {bar.parts.map((part) => (
                    <rect
                      key={part.id}
                      class="fk-bar-part"
                      x="0"
                      y="0"
                      width={(part.amount / max) * 100}
                      height="8"
                      rx="2"
                    />
                  ))}
                </svg>
                <span class="fk-figure-counts">
                  {bar.counts}
                  {bar.when && ` (${bar.when})`}
                </span>
                {bar.parts.map((part) => (
                  <p key={part.id} class="fk-figure-part" data-figure={part.id}>
                    {i18n.t('popup.figurePartOf')} <span class="fk-figure-value">{part.value}</span>{' '}
                    <span class="fk-figure-counts">{part.counts}</span>
                  </p>
                ))}
              </li>
            ))}
          </ol>
        )}
        {group.shares.map((share) => (
          <p key={share.id} class="fk-share" data-figure={share.id}>
            <span class="fk-figure-value fk-share-value">{share.value}</span>
            <span class="fk-figure-counts">{share.counts}</span>
          </p>
        ))}
      </div>
      <SourceLine citations={group.citations} kind="figure" />
    </figure>
  );
}
