import { render } from 'preact';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import { OptionsApp } from './OptionsApp';
import './base.css';
import '../../components/visually-hidden.css';
import './controls.css';
import './lists.css';

document.documentElement.lang = uiLanguage();
document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
