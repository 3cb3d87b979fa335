import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import type { LocatedError } from '../../core/located-error';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { PACK_LIMITS } from '../../core/pack/limits';
import { addPack, checkNewPack, removePack, setPackEnabled } from '../../storage/pack-actions';
import type { StoredPack } from '../../storage/packs';
import { ErrorList } from './ErrorList';
import { PackItem } from './PackItem';
import { readChosenFile } from './read-file';
import { Section } from './Section';
import { Status, useStatus } from './Status';

export function PacksSection({ packs }: { packs: StoredPack[] }) {
  const lang = uiLanguage();
  const { status, info, error } = useStatus();
  const [errors, setErrors] = useState<LocatedError[]>([]);

  const onFile = async (input: HTMLInputElement) => {
    setErrors([]);
    const file = await readChosenFile(input, PACK_LIMITS.packBytes * 2);
    if (!file) return;
    let parsed: unknown;
    try {
      if (file.text === undefined)
        throw new Error(
          `file is ${Math.ceil(file.size / 1024)} KB; the limit is ${PACK_LIMITS.packBytes / 1024} KB`,
        );
      parsed = JSON.parse(file.text);
    } catch (e) {
      return setErrors([{ path: '$', message: (e as Error).message }]);
    }
    const check = await checkNewPack(parsed);
    if (!check.ok) return setErrors(check.errors);
    await addPack(check.pack);
    info(i18n.t('options.packs.added', [check.pack.name[lang]]));
  };

  return (
    <Section id="packs" title={i18n.t('options.packs.heading')} intro={i18n.t('options.packs.intro')}>
      <ul class="pack-list">
        <PackItem pack={BUNDLED_PACK} lang={lang} />
        {packs.map((p) => (
          <PackItem
            key={p.pack.id}
            pack={p.pack}
            lang={lang}
            imported={{
              enabled: p.enabled,
              importedAt: p.importedAt,
              onEnabled: (on) => void setPackEnabled(p.pack.id, on),
              onRemove: () => void removePack(p.pack.id).catch((e: Error) => error(e.message)),
            }}
          />
        ))}
      </ul>
      <label class="file-button">
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        {i18n.t('options.packs.import')}
      </label>
      <p class="hint">
        {i18n.t('options.packs.limits', [
          String(PACK_LIMITS.packs),
          String(PACK_LIMITS.topicsPerPack),
          String(PACK_LIMITS.termsPerPack),
          String(PACK_LIMITS.packBytes / 1024),
        ])}
      </p>
      <Status {...status} />
      {errors.length > 0 && <ErrorList title={i18n.t('options.packs.refused')} errors={errors} />}
    </Section>
  );
}
