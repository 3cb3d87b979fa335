import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { Topic } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import { topicPref, withTopicPref, withTopicsReset } from '../../core/settings/topics';
import { ColorChoice } from './ColorChoice';
import { Switch } from './Switch';

interface Props {
  topic: Topic;
  settings: Settings;
  lang: PackLanguage;
  update: (change: (s: Settings) => Settings) => void;
}

export function TopicRow({ topic, settings, lang, update }: Props) {
  const pref = topicPref(settings, topic.id);
  const name = topic.name[lang];
  const color = pref.color ?? topic.color;
  const customised = settings.topics[topic.id] !== undefined;
  return (
    <li class="topic" data-topic={topic.id}>
      <div class="topic-head">
        <Switch
          checked={pref.enabled}
          onChange={(enabled) => update((s) => withTopicPref(s, topic.id, { enabled }))}
        >
          {name}
        </Switch>
        <span class={`sample sample-${settings.style}`} style={{ '--mark': color }} aria-hidden="true">
          {i18n.t('options.topics.sample')}
        </span>
      </div>
      <p class="hint">{topic.description[lang]}</p>
      <details class="topic-color">
        <summary>
          {i18n.t('options.topics.changeColor')}
          <span class="fk-visually-hidden">: {name}</span>
        </summary>
        <ColorChoice
          topicId={topic.id}
          topicName={name}
          packColor={topic.color}
          color={pref.color}
          onChange={(c) => update((s) => withTopicPref(s, topic.id, { color: c }))}
        />
      </details>
      {customised && (
        <button
          type="button"
          class="link-button"
          onClick={() => update((s) => withTopicsReset(s, [topic.id]))}
        >
          {i18n.t('options.topics.reset')}
          <span class="fk-visually-hidden"> {name}</span>
        </button>
      )}
    </li>
  );
}
