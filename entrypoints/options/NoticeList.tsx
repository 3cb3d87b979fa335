import { i18n } from '#i18n';
import { dismissNotice, type NoticeKind } from '../../storage/notices';
import { useNotices } from './use-stored';

const TEXT: Record<NoticeKind, () => string> = {
  'settings-repaired': () => i18n.t('options.notices.settingsRepaired'),
  'settings-newer-version': () => i18n.t('options.notices.settingsNewerVersion'),
  'packs-repaired': () => i18n.t('options.notices.packsRepaired'),
};

/** Told once: a notice stays until the user dismisses it, then is gone for good. */
export function NoticeList() {
  const notices = useNotices() ?? [];
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((notice) => (
        <div class="notice" role="status" key={notice.kind}>
          <p>{TEXT[notice.kind]()}</p>
          <button type="button" onClick={() => void dismissNotice(notice.kind)}>
            {i18n.t('options.notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
