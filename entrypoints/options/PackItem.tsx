import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PackLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import { PackSources } from './PackSources';
import { PublisherCard } from './PublisherCard';
import { Switch } from './Switch';

interface Props {
  pack: PositionPack;
  lang: PackLanguage;
  /** Absent for the built-in pack, which is always on and cannot be removed. */
  imported?: {
    enabled: boolean;
    importedAt: string;
    /** The key pinned at install, when it was signed. */
    publicKey?: string;
    onEnabled: (on: boolean) => void;
    onRemove: () => void;
  };
}

export function PackItem({ pack, lang, imported }: Props) {
  const [confirming, setConfirming] = useState(false);
  const name = pack.name[lang];
  const topics = i18n.t('options.packs.topics', pack.topics.length, [String(pack.topics.length)]);
  return (
    <li class="pack" data-pack={pack.id}>
      <div class="pack-head">
        {imported ? (
          <Switch checked={imported.enabled} onChange={imported.onEnabled}>
            {i18n.t('options.packs.use', [name])}
          </Switch>
        ) : (
          <strong>{name}</strong>
        )}
        <span class="pack-meta">
          {topics} ·{' '}
          {imported
            ? i18n.t('options.packs.importedOn', [imported.importedAt.slice(0, 10)])
            : i18n.t('options.packs.builtIn')}
        </span>
      </div>
      <PublisherCard pack={pack} lang={lang} publicKey={imported?.publicKey} builtIn={!imported} />
      <PackSources pack={pack} lang={lang} />
      {imported &&
        (confirming ? (
          <button
            type="button"
            class="danger"
            onClick={imported.onRemove}
            onBlur={() => setConfirming(false)}
          >
            {i18n.t('options.packs.confirmRemove', [name])}
          </button>
        ) : (
          <button type="button" class="link-button" onClick={() => setConfirming(true)}>
            {i18n.t('options.packs.removeNamed', [name])}
          </button>
        ))}
    </li>
  );
}
