import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import { readJson, tooLargeError } from '../../core/import-errors/read-json';
import { packWarningLines } from '../../core/import-errors/warning-text';
import type { LocatedError } from '../../core/located-error';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { PACK_LIMITS } from '../../core/pack/limits';
import { diffPacks, type PackDiff } from '../../core/pack/pack-diff';
import type { PositionPack } from '../../core/pack/schema';
import { keyFingerprint } from '../../core/pack/signature';
import type { TrustRefusal } from '../../core/pack/trust';
import { packWarnings } from '../../core/pack/warnings';
import {
  addPack,
  checkNewPack,
  type PackImport,
  removePack,
  StalePackError,
  setPackEnabled,
} from '../../storage/pack-actions';
import type { StoredPack } from '../../storage/packs';
import { ErrorList } from './ErrorList';
import { PackItem } from './PackItem';
import { PackUpdatePreview } from './PackUpdatePreview';
import { readChosenFile } from './read-file';
import { Section } from './Section';
import { Status, useStatus } from './Status';
import { say } from './say';

export function PacksSection({ packs }: { packs: StoredPack[] }) {
  const lang = uiLanguage();
  const { status, info, error } = useStatus();
  const [errors, setErrors] = useState<LocatedError[]>([]);
  const [update, setUpdate] = useState<{ check: Extract<PackImport, { ok: true }>; diff: PackDiff }>();
  const [warnings, setWarnings] = useState<string[]>([]);

  const onFile = async (input: HTMLInputElement) => {
    setErrors([]);
    setWarnings([]);
    setUpdate(undefined);
    info();
    const file = await readChosenFile(input, PACK_LIMITS.packBytes * 2);
    if (!file) return;
    if (file.text === undefined) return setErrors([tooLargeError(file.size, PACK_LIMITS.packBytes)]);
    const json = readJson(file.text);
    if (!json.ok) return setErrors([json.error]);
    const parsed = json.value;
    const check = await checkNewPack(parsed);
    if (!check.ok) {
      if (check.refused)
        return error(refusalText(check.refused, parsed as PositionPack, lang, check.installedVersion));
      return setErrors(check.errors);
    }
    if (check.trust.kind === 'update' && check.installed)
      return setUpdate({ check, diff: diffPacks(check.installed.pack, check.pack) });
    await install(check);
  };

  const install = async (check: Extract<PackImport, { ok: true }>) => {
    const { pack, trust } = check;
    try {
      await addPack(pack, new Date(), trust.publicKey, check.installed ?? null);
    } catch (e) {
      if (e instanceof StalePackError) return error(i18n.t('options.update.stale'));
      throw e;
    }
    const name = pack.name[lang];
    if (check.installed) info(i18n.t('options.update.updated', { name, version: pack.version ?? '–' }));
    else if (trust.publicKey)
      info(i18n.t('options.trust.addedSigned', { name, fingerprint: await keyFingerprint(trust.publicKey) }));
    else info(i18n.t('options.trust.addedUnsigned', { name }));
    // Allowed but probably not meant: said once the pack is in, never a reason to refuse it.
    setWarnings(packWarningLines(packWarnings(pack), pack, lang, say));
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
              publicKey: p.publicKey,
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
        {i18n.t('options.packs.limits', {
          packs: PACK_LIMITS.packs,
          topics: PACK_LIMITS.topicsPerPack,
          terms: PACK_LIMITS.termsPerPack,
          size: PACK_LIMITS.packBytes / 1024,
          topicsTotal: PACK_LIMITS.topicsTotal,
          termsTotal: PACK_LIMITS.termsTotal,
        })}
      </p>
      {update && (
        <PackUpdatePreview
          name={update.check.pack.name[lang]}
          diff={update.diff}
          next={update.check.pack}
          lang={lang}
          onConfirm={() => {
            setUpdate(undefined);
            void install(update.check).catch((e: Error) => error(e.message));
          }}
          onCancel={() => {
            setUpdate(undefined);
            info(i18n.t('options.update.cancelled'));
          }}
        />
      )}
      <Status {...status} />
      <div class="warning import-warnings" role="status">
        {warnings.length > 0 && <p>{i18n.t('packWarnings.heading', warnings.length)}</p>}
        {warnings.length > 0 && (
          <ul>
            {warnings.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {errors.length > 0 && <ErrorList title={i18n.t('options.packs.refused')} errors={errors} kind="pack" />}
    </Section>
  );
}

/** Why a sound pack was not installed over the one with its id, in the UI language. */
function refusalText(reason: TrustRefusal, pack: PositionPack, lang: 'sv' | 'en', installed = '–'): string {
  const name = pack.name[lang];
  switch (reason) {
    case 'tampered':
      return i18n.t('options.trust.tampered', { name });
    case 'other-key':
      return i18n.t('options.trust.otherKey', { name });
    case 'unsigned-update':
      return i18n.t('options.trust.unsignedUpdate', { name });
    case 'not-newer':
      return i18n.t('options.trust.notNewer', { name, version: pack.version ?? '–', installed });
  }
}
