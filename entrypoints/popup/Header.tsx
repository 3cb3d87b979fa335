import { i18n } from '#i18n';

/** Name, a one-line summary of the page and the way to the settings. */
export function Header({ summary, onSettings }: { summary?: string; onSettings(): void }) {
  return (
    <header class="fk-header">
      <img class="fk-logo" src="/icon/32.png" alt="" width={24} height={24} />
      <div class="fk-header-text">
        <h1 class="fk-title">{i18n.t('extName')}</h1>
        {/* Always rendered so the header keeps its height while the page is read. */}
        <p class="fk-summary">{summary ?? '\u00a0'}</p>
      </div>
      <button type="button" class="fk-link-button" onClick={onSettings}>
        {i18n.t('popup.settings')}
      </button>
    </header>
  );
}
