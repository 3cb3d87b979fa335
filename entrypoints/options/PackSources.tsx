import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';

/** Where a pack's positions come from: organisation, title, date and link, as text only. */
export function PackSources({ pack, lang }: { pack: PositionPack; lang: PackLanguage }) {
  return (
    <details class="pack-sources">
      <summary>
        {i18n.t('options.packs.sources')} ({pack.sources.length})
        <span class="fk-visually-hidden">: {pack.name[lang]}</span>
      </summary>
      <ul>
        {pack.sources.map((source) => (
          <li key={source.id}>
            {source.organisations.join(', ')}: “
            {source.url === 'unknown' ? (
              source.title[lang]
            ) : (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title[lang]}
              </a>
            )}
            ”{source.date === 'unknown' ? '' : `, ${source.date}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
