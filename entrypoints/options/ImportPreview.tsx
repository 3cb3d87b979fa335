import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import type { Change } from '../../storage/transfer/changes';
import { changeText } from './change-text';

interface Props {
  fileName: string;
  changes: Change[];
  packsAfter: { pack: { topics: { id: string; name: { sv: string; en: string } }[] } }[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** The changes an import would make; nothing is written until the user confirms. */
export function ImportPreview({ fileName, changes, packsAfter, onConfirm, onCancel }: Props) {
  const lang = uiLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the preview so keyboard and screen-reader users land on what they must decide.
  useEffect(() => heading.current?.focus(), []);
  const topics = [BUNDLED_PACK, ...packsAfter.map((p) => p.pack)].flatMap((p) => p.topics);
  const topicName = (id: string) => topics.find((t) => t.id === id)?.name[lang] ?? id;
  const needsPermission = changes.some((c) => c.kind === 'site-added' && c.list === 'alwaysSites');
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading" tabIndex={-1} ref={heading}>
        {i18n.t('options.transfer.previewHeading', [fileName])}
      </h3>
      {changes.length === 0 ? (
        <p>{i18n.t('options.transfer.nothingChanges')}</p>
      ) : (
        <ul class="change-list">
          {changes.map((change, i) => (
            <li key={i}>{changeText(change, topicName, lang)}</li>
          ))}
        </ul>
      )}
      {needsPermission && <p class="hint">{i18n.t('options.transfer.needsPermission')}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={onConfirm} disabled={changes.length === 0}>
          {i18n.t('options.transfer.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('options.transfer.cancel')}
        </button>
      </div>
    </section>
  );
}
