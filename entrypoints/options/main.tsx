import { render } from 'preact';
import { i18n } from '#i18n';
import { packLang } from '../../components/options/lang';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/base.css';
import '../../components/shared/visually-hidden.css';
import '../../components/options/controls.css';
import '../../components/options/lists.css';

document.documentElement.lang = packLang();
document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
