import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import type { SiteRule } from '../../core/settings/sites';
import type { TopicView } from '../../core/view/topic-view';
import { PackCredits } from './PackCredits';
import type { PopupState } from './popup-state';
import { Skeleton } from './Skeleton';
import { StateMessage } from './StateMessage';
import { TopicList } from './TopicList';

interface Props {
  state: PopupState;
  packs: readonly PositionPack[];
  views: readonly TopicView[] | null;
  onScan(): void;
  onScanInEnglish(): void;
  show(topic: string, index: number): Promise<{ index: number; total: number } | null>;
  /** The rule for the tab's site and the mode, so the text says why the page waits. */
  site?: { host: string; rule: SiteRule; mode: Settings['mode'] };
}

/** Why a page was not scanned by itself, in the words of the setting that decided it. */
function notScannedBody(site: Props['site']): string {
  if (site?.mode === 'on-demand') return i18n.t('popup.notScanned.bodyOnDemand');
  if (site?.rule === 'news-off') return i18n.t('popup.notScanned.bodyNewsOff', { host: site.host });
  return i18n.t('popup.notScanned.body');
}

/** A page not in Swedish, read with the Swedish words only: its list may be short for that reason. */
function SwedishOnlyHint({ onScanInEnglish }: { onScanInEnglish(): void }) {
  return (
    <div class="fk-hint" role="note">
      <p>{i18n.t('popup.swedishOnly')}</p>
      <button type="button" class="fk-link-button" onClick={onScanInEnglish}>
        {i18n.t('popup.notSwedish.scan')}
      </button>
    </div>
  );
}

/** What the popup says about the page, one branch per state so none is an afterthought. */
export function PageBody({ state, packs, views, onScan, onScanInEnglish, show, site }: Props) {
  switch (state.kind) {
    case 'loading':
      return <Skeleton />;
    case 'not-scanned':
      return (
        <StateMessage title={i18n.t('popup.notScanned.title')} body={notScannedBody(site)}>
          <button type="button" class="fk-primary" onClick={onScan}>
            {i18n.t('popup.notScanned.scan')}
          </button>
        </StateMessage>
      );
    case 'scanning':
      return <StateMessage title={i18n.t('popup.scanning')} busy />;
    case 'restricted':
      return <StateMessage title={i18n.t('popup.restricted.title')} body={i18n.t('popup.restricted.body')} />;
    case 'no-permission':
      return (
        <StateMessage title={i18n.t('popup.noPermission.title')} body={i18n.t('popup.noPermission.body')} />
      );
    case 'error':
      return <StateMessage title={i18n.t('popup.error')} />;
    case 'site-off':
      return (
        <StateMessage
          title={i18n.t('popup.siteOff.title')}
          body={i18n.t('popup.siteOff.body', { host: state.host })}
        />
      );
    case 'not-swedish':
      return (
        <StateMessage title={i18n.t('popup.notSwedish.title')} body={i18n.t('popup.notSwedish.body')}>
          <button type="button" class="fk-primary" onClick={onScanInEnglish}>
            {i18n.t('popup.notSwedish.scan')}
          </button>
        </StateMessage>
      );
    case 'nothing-found':
      return (
        <>
          {state.swedishOnly && <SwedishOnlyHint onScanInEnglish={onScanInEnglish} />}
          <StateMessage title={i18n.t('popup.nothingFound.title')} body={i18n.t('popup.nothingFound.body')} />
        </>
      );
    case 'results':
      return views ? (
        <>
          {state.swedishOnly && <SwedishOnlyHint onScanInEnglish={onScanInEnglish} />}
          <TopicList views={views} show={show} />
          <PackCredits packs={packs} lang={uiLanguage()} />
        </>
      ) : (
        <Skeleton />
      );
  }
}
