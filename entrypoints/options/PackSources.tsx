import { i18n } from '#i18n';
import { ExternalLink } from '../../components/ExternalLink';
import type { PackLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import { citationsFor, formatDate } from '../../core/view/citation';

/**
 * Where a pack's positions come from: who wrote each op-ed, the pack's own description of it
 * (never in quotation marks, since it is no headline), and whatever the pack gives of outlet,
 * date, headline and link.
 */
export function PackSources({ pack, lang }: { pack: PositionPack; lang: PackLanguage }) {
  return (
    <details class="pack-sources">
      <summary>
        {i18n.t('options.packs.sources')} ({pack.sources.length})
        <span class="fk-visually-hidden">: {pack.name[lang]}</span>
      </summary>
      <ul>
        {pack.sources.map((source) => {
          const [facts] = citationsFor(pack, [{ source: source.id, paragraph: 1 }]);
          const extra = [facts?.outlet, formatDate(facts?.date, lang)].filter(Boolean).join(', ');
          return (
            <li key={source.id}>
              {facts?.who ? `${facts.who}: ` : ''}
              {source.title[lang]}
              {extra && ` (${extra})`}
              {facts?.headline && ` ${i18n.t('popup.cite.headline', { headline: facts.headline })}`}
              {facts?.url && facts.host && (
                <>
                  {' '}
                  <ExternalLink
                    url={facts.url}
                    label={i18n.t('popup.cite.openSource', { host: facts.host })}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
