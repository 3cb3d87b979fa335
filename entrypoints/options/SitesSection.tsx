import { i18n } from '#i18n';
import type { Settings } from '../../core/settings/schema';
import { newsSiteOn, withNewsSiteEnabled } from '../../core/settings/sites';
import { NEWS_SITES } from '../../data/news-sites';
import { AlwaysSites } from './AlwaysSites';
import { Choice } from './Choice';
import { PlainSiteList } from './PlainSiteList';
import { Section } from './Section';
import { Status, useStatus } from './Status';
import { Switch } from './Switch';
import { updateSettings } from './update-settings';

export function SitesSection({ settings }: { settings: Settings }) {
  const { status, error } = useStatus();
  const update = (change: (s: Settings) => Settings) => void updateSettings(change).then(error);
  return (
    <Section id="sites" title={i18n.t('options.sites.heading')}>
      <Choice
        name="mode"
        legend={i18n.t('options.sites.mode')}
        value={settings.mode}
        options={[
          { value: 'auto', label: i18n.t('options.sites.modeAuto') },
          { value: 'on-demand', label: i18n.t('options.sites.modeOnDemand') },
        ]}
        onChange={(mode) => update((s) => ({ ...s, mode }))}
      />
      <div class="site-block">
        <h3>{i18n.t('options.sites.news')}</h3>
        <p class="hint">{i18n.t('options.sites.newsIntro')}</p>
        {settings.mode === 'on-demand' && <p class="notice">{i18n.t('options.sites.onDemandNote')}</p>}
        <ul class="news-sites">
          {NEWS_SITES.map((domain) => (
            <li key={domain}>
              <Switch
                checked={newsSiteOn(settings, domain)}
                onChange={(on) => update((s) => withNewsSiteEnabled(s, domain, on))}
              >
                {domain}
              </Switch>
            </li>
          ))}
        </ul>
        <Status {...status} />
      </div>
      <AlwaysSites settings={settings} />
      <PlainSiteList settings={settings} list="never" />
      <PlainSiteList settings={settings} list="quiet" />
    </Section>
  );
}
