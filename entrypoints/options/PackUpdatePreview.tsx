import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { IdChanges, PackDiff } from '../../core/pack/pack-diff';
import type { PositionPack } from '../../core/pack/schema';
import { formatDate } from '../../core/view/citation';

interface Props {
  name: string;
  diff: PackDiff;
  /** The new version, whose added and changed positions are quoted. */
  next: PositionPack;
  lang: PackLanguage;
  onConfirm(): void;
  onCancel(): void;
}

/** What a new version of an installed pack changes, confirmed before anything is replaced. */
export function PackUpdatePreview({ name, diff, next, lang, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const lines = (['added', 'removed', 'changed'] as const).flatMap((kind) => {
    const parts = (['topics', 'positions', 'figures'] as const)
      .map((list) => [list, (diff[list] as IdChanges)[kind].length] as const)
      .filter(([, count]) => count > 0)
      .map(([list, count]) => i18n.t(`options.update.${list}`, count, [String(count)]));
    return parts.length > 0 ? [i18n.t(`options.update.${kind}`, { what: parts.join(', ') })] : [];
  });
  if (diff.otherChanges) lines.push(i18n.t('options.update.other'));
  // The positions a reader will see differently, in their new words (shortened).
  const touched = [...diff.positions.changed, ...diff.positions.added].flatMap((id) => {
    const statement = next.positions.find((p) => p.id === id)?.statement[lang];
    return statement
      ? [{ id, text: statement.length > 140 ? `${statement.slice(0, 139)}…` : statement }]
      : [];
  });
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
      {touched.length > 0 && (
        <ul class="touched-positions">
          {touched.map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
      )}
      {diff.changelog.length > 0 && (
        <dl class="changelog">
          {diff.changelog.map((entry) => (
            <div key={entry.version}>
              <dt>
                {entry.version} ({formatDate(entry.date, lang) ?? entry.date})
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
