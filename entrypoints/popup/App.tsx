import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import type { Settings } from '../../core/settings/schema';
import { siteView, withQuietSite, withSiteEnabled } from '../../core/settings/sites';
import { topicView, topicViewsForReport } from '../../core/view/topic-view';
import { SettingsRejectedError, settingsItem } from '../../storage/settings';
import { Header } from './Header';
import { PageBody } from './PageBody';
import type { PopupClient } from './popup-client';
import { hostOf, type PopupState, withSiteRule } from './popup-state';
import { SiteSwitch } from './SiteSwitch';
import { TopicItem } from './TopicItem';
import type { PopupParams } from './target-tab';
import { usePageState } from './use-page-state';
import { usePopupData } from './use-popup-data';

/** The toolbar popup, or the same page opened in a tab for one topic (`?tab=…&topic=…`). */
export function App({ client, params }: { client: PopupClient; params: PopupParams }) {
  const [tabId, setTabId] = useState<number | undefined | null>(params.tabId ?? null);
  useEffect(() => {
    if (params.tabId === undefined) void client.activeTabId().then(setTabId);
  }, [client, params.tabId]);

  const data = usePopupData();
  const page = usePageState(client, tabId);
  const [detail, setDetail] = useState(params.topic);
  const lang = uiLanguage();

  const host = page.state.kind === 'site-off' ? page.state.host : hostOf(page.url);
  const site = host && data ? siteView(host, data.settings) : undefined;
  const status = site?.status;
  // Until settings are read, "site-off" cannot be told apart from "not scanned yet".
  const state: PopupState = data ? withSiteRule(page.state, status, host) : { kind: 'loading' };
  const report = state.kind === 'results' ? state.report : undefined;
  const fitting = state.kind === 'results' ? state.positions : undefined;
  const central = state.kind === 'results' ? state.central : undefined;
  const views = useMemo(
    () =>
      data && report ? topicViewsForReport(report, data.packs, data.settings, lang, fitting, central) : null,
    [data, report, lang, fitting, central],
  );
  const show = (topic: string, index: number) =>
    tabId == null ? Promise.resolve(null) : client.showOccurrence(tabId, topic, index);

  const switchable = ['site-off', 'results', 'nothing-found'].includes(state.kind);
  const siteOn = state.kind !== 'site-off' && status !== 'never';
  const [siteError, setSiteError] = useState<string | null>(null);
  /** Whether the change was saved; over a limit (e.g. a full list) the popup says why instead. */
  const saveSettings = async (change: (s: Settings) => Settings): Promise<boolean> => {
    try {
      await settingsItem.setValue(change(await settingsItem.getValue()));
      setSiteError(null);
      return true;
    } catch (error) {
      if (!(error instanceof SettingsRejectedError)) throw error;
      setSiteError(i18n.t('popup.siteSaveFailed', { reason: error.errors.map((e) => e.message).join('; ') }));
      return false;
    }
  };
  const setSite = async (on: boolean) => {
    if (!host) return;
    if (!(await saveSettings((s) => withSiteEnabled(s, host, on)))) return;
    // Switching on is the user asking for this page now; switching off, the page tidies itself.
    if (on) await page.scan();
    else await page.refresh();
  };
  /** "Show highlights on the page": off keeps the list and leaves the page looking as it is. */
  const setShown = async (shown: boolean) => {
    if (!host) return;
    await saveSettings((s) => withQuietSite(s, host, !shown));
  };

  const summary = views ? i18n.t('popup.topicsFound', views.length) : undefined;
  // A topic found on the page keeps the page's order of positions; one opened from elsewhere
  // (the card's "more" link on a page not scanned yet) shows its pack order.
  const detailView =
    detail && data
      ? (views?.find((view) => view.id === detail) ??
        topicView(data.packs, detail, data.settings, lang, countOf(report, detail)))
      : undefined;

  return (
    <div class="fk-theme fk-popup">
      <Header summary={summary} onSettings={() => void client.openSettings()} />
      <main class="fk-main">
        {switchable && host && <SiteSwitch on={siteOn} onChange={(on) => void setSite(on)} />}
        {switchable && host && siteOn && site && (
          <SiteSwitch
            on={!site.quiet}
            label={i18n.t('popup.highlightsSwitch')}
            onChange={(shown) => void setShown(shown)}
          />
        )}
        {siteError && (
          <p class="fk-error" role="alert">
            {siteError}
          </p>
        )}
        {detailView ? (
          <>
            <ul class="fk-topics">
              <TopicItem view={detailView} expanded allPositions show={report ? show : undefined} />
            </ul>
            <button type="button" class="fk-link-button fk-all-topics" onClick={() => setDetail(undefined)}>
              {i18n.t('popup.allTopics')}
            </button>
          </>
        ) : (
          <PageBody
            state={state}
            packs={data?.packs ?? []}
            views={views}
            onScan={() => void page.scan()}
            onScanInEnglish={() => void page.scanInEnglish()}
            show={show}
            site={host && site && data ? { host, rule: site.rule, mode: data.settings.mode } : undefined}
          />
        )}
      </main>
    </div>
  );
}

function countOf(
  report: { topics: { topic: string; count: number }[] } | undefined,
  topic: string,
): number | null {
  return report?.topics.find((t) => t.topic === topic)?.count ?? null;
}
