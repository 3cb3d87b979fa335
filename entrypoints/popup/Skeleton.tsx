import { i18n } from '#i18n';

/** Placeholder rows the size of topic rows, so the results do not push the layout around. */
export function Skeleton() {
  return (
    <div class="fk-skeleton" aria-busy="true">
      <span class="fk-visually-hidden">{i18n.t('popup.loading')}</span>
      {[0, 1, 2].map((i) => (
        <div key={i} class="fk-skeleton-row" aria-hidden="true">
          <span class="fk-skeleton-dot" />
          <span class="fk-skeleton-bar" />
        </div>
      ))}
    </div>
  );
}
