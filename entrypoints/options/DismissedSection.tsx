import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import { dismissalKey } from '../../core/settings/dismissals';
import type { Dismissal, Settings } from '../../core/settings/schema';
import { undoDismissal } from '../../storage/dismissal-actions';
import { getDismissalContext } from '../../storage/dismissal-context';
import { buildFeedback, feedbackFileName } from '../../storage/transfer/feedback';
import { Section } from './Section';
import { Status, useStatus } from './Status';
import { saveTextFile } from './save-file';

interface Props {
  settings: Settings;
  packs: readonly PositionPack[];
  lang: PackLanguage;
}

/**
 * Words the reader took off a topic from the card ("not this topic here"): each can be marked
 * again, and all of them saved as a feedback file for the pack's author.
 */
export function DismissedSection({ settings, packs, lang }: Props) {
  const { status, info, error } = useStatus();
  const [withSentences, setWithSentences] = useState(false);
  const topicName = (id: string) => packs.flatMap((p) => p.topics).find((t) => t.id === id)?.name[lang] ?? id;
  const where = (d: Dismissal) =>
    d.site ? i18n.t('options.dismissed.onSite', { site: d.site }) : i18n.t('options.dismissed.everywhere');

  const restore = async (d: Dismissal) => {
    try {
      await undoDismissal(d);
      info(i18n.t('card.restored', { term: d.term, topic: topicName(d.topic) }));
    } catch (e) {
      error((e as Error).message);
    }
  };
  const save = async () => {
    const file = buildFeedback(settings.dismissed, packs, await getDismissalContext(), {
      includeSentences: withSentences,
    });
    saveTextFile(`${JSON.stringify(file, null, 2)}\n`, feedbackFileName());
    info(i18n.t('options.dismissed.saved'));
  };

  return (
    <Section
      id="dismissed"
      title={i18n.t('options.dismissed.heading')}
      intro={i18n.t('options.dismissed.intro')}
    >
      {settings.dismissed.length === 0 ? (
        <p class="empty">{i18n.t('options.dismissed.empty')}</p>
      ) : (
        <>
          <ul class="site-list" aria-labelledby="dismissed-heading">
            {settings.dismissed.map((d) => {
              const topic = topicName(d.topic);
              return (
                <li key={dismissalKey(d)}>
                  <span class="dismissed-term">
                    {i18n.t('options.dismissed.item', { term: d.term, topic })} ({where(d)})
                  </span>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={i18n.t('options.dismissed.restoreLabel', {
                      term: d.term,
                      topic,
                      where: where(d),
                    })}
                    onClick={() => void restore(d)}
                  >
                    {i18n.t('options.dismissed.restore')}
                  </button>
                </li>
              );
            })}
          </ul>
          <h3>{i18n.t('options.dismissed.feedbackHeading')}</h3>
          <p class="intro">{i18n.t('options.dismissed.feedbackIntro')}</p>
          <label class="check-row">
            <input
              type="checkbox"
              checked={withSentences}
              onChange={(e) => setWithSentences(e.currentTarget.checked)}
            />
            {i18n.t('options.dismissed.includeSentences')}
          </label>
          <div class="actions">
            <button type="button" onClick={() => void save().catch((e: Error) => error(e.message))}>
              {i18n.t('options.dismissed.save')}
            </button>
          </div>
        </>
      )}
      <Status {...status} />
    </Section>
  );
}
