import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import { repairStoredPacks } from '../../storage/keep-packs-repaired';
import { repairStoredSettings } from '../../storage/keep-settings-repaired';
import { DismissedSection } from './DismissedSection';
import { NoticeList } from './NoticeList';
import { PacksSection } from './PacksSection';
import { PreferencesSection } from './PreferencesSection';
import { SitesSection } from './SitesSection';
import { TopicsSection } from './TopicsSection';
import { TransferSection } from './TransferSection';
import { useActivePacks, useImportedPacks, useSettings } from './use-stored';

const SECTIONS = [
  ['topics', 'options.topics.heading'],
  ['sites', 'options.sites.heading'],
  ['highlighting', 'options.prefs.heading'],
  ['dismissed', 'options.dismissed.heading'],
  ['packs', 'options.packs.heading'],
  ['transfer', 'options.transfer.heading'],
] as const;

export function OptionsApp() {
  const settings = useSettings();
  const activePacks = useActivePacks();
  const importedPacks = useImportedPacks();
  // The background does this too; doing it here means the notice is shown even right after an update.
  useEffect(() => {
    void repairStoredSettings().then(repairStoredPacks);
  }, []);
  return (
    <>
      <header class="page-header">
        <h1>{i18n.t('options.title')}</h1>
        <p>{i18n.t('options.intro')}</p>
        <nav aria-label={i18n.t('options.nav')}>
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{i18n.t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <NoticeList />
        {settings && activePacks && <TopicsSection settings={settings} packs={activePacks} />}
        {settings && <SitesSection settings={settings} />}
        {settings && <PreferencesSection settings={settings} />}
        {settings && activePacks && (
          <DismissedSection settings={settings} packs={activePacks} lang={uiLanguage()} />
        )}
        {importedPacks && <PacksSection packs={importedPacks} />}
        <TransferSection />
      </main>
    </>
  );
}
