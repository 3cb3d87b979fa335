import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import type { PositionPack } from '../../core/pack/schema';
import { positionsDueForReview } from '../../core/view/review';

/**
 * Where the positions on this page come from: each active pack with its publisher, version and
 * whether it is signed (imports verify signatures; see core/pack/trust.ts), so a reader can
 * weigh what the cards say.
 */
export function PackCredits({ packs, lang }: { packs: readonly PositionPack[]; lang: PackLanguage }) {
  return (
    <details class="fk-credits">
      <summary>{i18n.t('popup.credits.heading', packs.length, [String(packs.length)])}</summary>
      <ul>
        {packs.map((pack) => {
          const due = positionsDueForReview(pack, new Date()).count;
          const facts = [
            pack.version && i18n.t('popup.credits.version', { version: pack.version }),
            pack.publisher && i18n.t('popup.credits.publisher', { name: pack.publisher.name }),
            pack.id === BUNDLED_PACK.id
              ? i18n.t('popup.credits.builtIn')
              : pack.signature
                ? i18n.t('popup.credits.signed')
                : i18n.t('popup.credits.unsigned'),
            due > 0 && i18n.t('popup.credits.outdated', due, [String(due)]),
          ].filter(Boolean);
          return (
            <li key={pack.id} data-pack={pack.id}>
              <strong>{pack.name[lang]}</strong>
              {facts.length > 0 && ` – ${facts.join(' · ')}`}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
