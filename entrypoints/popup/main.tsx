import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import { browserPopupClient } from './popup-client';
import { popupParams } from './target-tab';
import '../../components/theme.css';
import '../../components/shared.css';
import '../../components/visually-hidden.css';
import './popup.css';
import './popup-states.css';

document.documentElement.lang = i18n.t('popup.packLanguage');
render(
  <App client={browserPopupClient} params={popupParams(location.search)} />,
  document.getElementById('app') as HTMLElement,
);
