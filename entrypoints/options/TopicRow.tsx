import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { Topic } from '../../core/pack/schema';
import { type ColorOwner, chooseColor } from '../../core/settings/color-choice';
import type { Settings } from '../../core/settings/schema';
import { topicColor, topicPref, withTopicPref, withTopicsReset } from '../../core/settings/topics';
import { ColorChoice } from './ColorChoice';
import { Switch } from './Switch';

interface Props {
  topic: Topic;
  /** Every topic of the active packs (this one included): their colours are not offered again. */
  all: readonly Topic[];
  settings: Settings;
  lang: PackLanguage;
  update: (change: (s: Settings) => Settings) => void;
}

/**
 * Back to the pack colour may meet a topic that took that colour in a swap: that one gets this
 * topic's current colour back, as choosing the pack colour would do.
 */
function withOthersSwapped(
  settings: Settings,
  topic: Topic,
  all: readonly Topic[],
  owners: readonly ColorOwner[],
): Settings {
  const choice = chooseColor(topic.id, topic.color, owners);
  if (choice.kind !== 'apply') return settings;
  return withColors(
    settings,
    choice.changes.filter((c) => c.id !== topic.id),
    all,
  );
}

/** Stores each topic's colour; its own pack colour is stored as none, so a pack update can change it. */
function withColors(
  settings: Settings,
  changes: readonly { id: string; color: string | null }[],
  all: readonly Topic[],
): Settings {
  return changes.reduce((next, { id, color }) => {
    const own = all.find((t) => t.id === id)?.color;
    return withTopicPref(next, id, { color: color === own ? null : color });
  }, settings);
}

export function TopicRow({ topic, all, settings, lang, update }: Props) {
  const pref = topicPref(settings, topic.id);
  const name = topic.name[lang];
  const color = topicColor(settings, topic);
  const owners: ColorOwner[] = all.map((t) => ({
    id: t.id,
    name: t.name[lang],
    color: topicColor(settings, t),
  }));
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
          topics={owners}
          onChange={(changes) => update((s) => withColors(s, changes, all))}
        />
      </details>
      {customised && (
        <button
          type="button"
          class="link-button"
          onClick={() => update((s) => withOthersSwapped(withTopicsReset(s, [topic.id]), topic, all, owners))}
        >
          {i18n.t('options.topics.reset')}
          <span class="fk-visually-hidden"> {name}</span>
        </button>
      )}
    </li>
  );
}
