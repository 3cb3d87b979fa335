import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from '../../components/popup/App';
import { browserPopupClient } from '../../components/popup/popup-client';
import { popupParams } from '../../lib/popup/target-tab';
import '../../components/shared/theme.css';
import '../../components/shared/shared.css';
import '../../components/shared/visually-hidden.css';
import '../../components/popup/popup.css';
import '../../components/popup/popup-states.css';

document.documentElement.lang = i18n.t('popup.packLanguage');
render(
  <App client={browserPopupClient} params={popupParams(location.search)} />,
  document.getElementById('app') as HTMLElement,
);
