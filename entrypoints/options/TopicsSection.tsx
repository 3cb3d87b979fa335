import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import { withTopicsReset } from '../../core/settings/topics';
import { Section } from './Section';
import { Status, useStatus } from './Status';
import { TopicRow } from './TopicRow';
import { updateSettings } from './update-settings';

export function TopicsSection({ settings, packs }: { settings: Settings; packs: PositionPack[] }) {
  const lang = uiLanguage();
  const { status, error } = useStatus();
  const update = (change: (s: Settings) => Settings) => void updateSettings(change).then(error);
  const topicCount = packs.reduce((n, p) => n + p.topics.length, 0);
  // A topic in several packs is one topic, highlighted in one colour.
  const all = [...new Map(packs.flatMap((p) => p.topics).map((t) => [t.id, t])).values()];
  return (
    <Section id="topics" title={i18n.t('options.topics.heading')} intro={i18n.t('options.topics.intro')}>
      {topicCount === 0 && <p>{i18n.t('options.topics.none')}</p>}
      {packs.map((pack) => (
        <div class="topic-group" key={pack.id}>
          {packs.length > 1 && <h3>{i18n.t('options.topics.fromPack', [pack.name[lang]])}</h3>}
          <ul class="topic-list">
            {[...pack.topics]
              .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
              .map((topic) => (
                <TopicRow
                  key={topic.id}
                  topic={topic}
                  all={all}
                  settings={settings}
                  lang={lang}
                  update={update}
                />
              ))}
          </ul>
        </div>
      ))}
      <button
        type="button"
        disabled={Object.keys(settings.topics).length === 0}
        onClick={() => update((s) => withTopicsReset(s))}
      >
        {i18n.t('options.topics.resetAll')}
      </button>
      <Status {...status} />
    </Section>
  );
}
