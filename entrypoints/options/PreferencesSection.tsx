import { i18n } from '#i18n';
import type { Settings } from '../../core/settings/schema';
import { Choice } from './Choice';
import { Section } from './Section';
import { Status, useStatus } from './Status';
import { Switch } from './Switch';
import { updateSettings } from './update-settings';

export function PreferencesSection({ settings }: { settings: Settings }) {
  const { status, error } = useStatus();
  const update = (change: Partial<Settings>) => void updateSettings((s) => ({ ...s, ...change })).then(error);
  return (
    <Section id="highlighting" title={i18n.t('options.prefs.heading')}>
      <Switch
        id="english"
        checked={settings.english}
        onChange={(english) => update({ english })}
        hint={i18n.t('options.prefs.englishHint')}
      >
        {i18n.t('options.prefs.english')}
      </Switch>
      <Choice
        name="style"
        legend={i18n.t('options.prefs.style')}
        value={settings.style}
        options={[
          { value: 'fill', label: i18n.t('options.prefs.styleFill') },
          { value: 'underline', label: i18n.t('options.prefs.styleUnderline') },
          { value: 'outline', label: i18n.t('options.prefs.styleOutline') },
        ]}
        onChange={(style) => update({ style })}
      />
      <Choice
        name="badge"
        legend={i18n.t('options.prefs.badge')}
        value={settings.badge}
        options={[
          { value: 'topics', label: i18n.t('options.prefs.badgeTopics') },
          { value: 'matches', label: i18n.t('options.prefs.badgeMatches') },
          { value: 'off', label: i18n.t('options.prefs.badgeOff') },
        ]}
        onChange={(badge) => update({ badge })}
      />
      <Status {...status} />
    </Section>
  );
}
