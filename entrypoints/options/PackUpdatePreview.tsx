import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { IdChanges, PackDiff } from '../../core/pack/pack-diff';

interface Props {
  name: string;
  diff: PackDiff;
  lang: PackLanguage;
  onConfirm(): void;
  onCancel(): void;
}

/** What a new version of an installed pack changes, confirmed before anything is replaced. */
export function PackUpdatePreview({ name, diff, lang, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const lines = (['added', 'removed', 'changed'] as const).flatMap((kind) => {
    const parts = (['topics', 'positions', 'figures'] as const)
      .map((list) => [list, (diff[list] as IdChanges)[kind].length] as const)
      .filter(([, count]) => count > 0)
      .map(([list, count]) => i18n.t(`options.update.${list}`, { count: String(count) }));
    return parts.length > 0 ? [i18n.t(`options.update.${kind}`, { what: parts.join(', ') })] : [];
  });
  if (diff.otherChanges) lines.push(i18n.t('options.update.other'));
  return (
    <section class="preview" aria-labelledby="pack-update-heading">
      <h3 id="pack-update-heading" tabIndex={-1} ref={heading}>
        {i18n.t('options.update.heading', { name, from: diff.from ?? '–', to: diff.to ?? '–' })}
      </h3>
      <ul>
        {(lines.length > 0 ? lines : [i18n.t('options.update.nothing')]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {diff.changelog.length > 0 && (
        <dl class="changelog">
          {diff.changelog.map((entry) => (
            <div key={entry.version}>
              <dt>
                {entry.version} ({entry.date})
              </dt>
              <dd>{entry.changes[lang]}</dd>
            </div>
          ))}
        </dl>
      )}
      <div class="actions">
        <button type="button" onClick={onConfirm}>
          {i18n.t('options.update.confirm')}
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          {i18n.t('options.update.cancel')}
        </button>
      </div>
    </section>
  );
}
