import { render } from 'preact';
import { uiLanguage } from '../../components/ui-language';
import { App } from './App';
import { browserPopupClient } from './popup-client';
import { popupParams } from './target-tab';
import '../../components/theme.css';
import '../../components/shared.css';
import '../../components/visually-hidden.css';
import './popup.css';
import './popup-states.css';

document.documentElement.lang = uiLanguage();
render(
  <App client={browserPopupClient} params={popupParams(location.search)} />,
  document.getElementById('app') as HTMLElement,
);
