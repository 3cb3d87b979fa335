import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { tooLargeError } from '../../core/import-errors/read-json';
import type { LocatedError } from '../../core/located-error';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { getImportedPacks } from '../../storage/packs';
import { settingsItem } from '../../storage/settings';
import { applyImport, readImportState, StaleImportError } from '../../storage/transfer/apply';
import { type Change, importChanges } from '../../storage/transfer/changes';
import { buildExport, exportFileName, exportText } from '../../storage/transfer/export';
import { MAX_IMPORT_BYTES } from '../../storage/transfer/format';
import { type ImportState, parseImport } from '../../storage/transfer/parse-import';
import { ErrorList } from './ErrorList';
import { ImportPreview } from './ImportPreview';
import { readChosenFile } from './read-file';
import { Section } from './Section';
import { Status, useStatus } from './Status';
import { saveTextFile } from './save-file';

type Plan = { fileName: string; before: ImportState; after: ImportState; changes: Change[] };

async function downloadExport(): Promise<void> {
  const file = buildExport(await settingsItem.getValue(), await getImportedPacks());
  saveTextFile(exportText(file), exportFileName());
}

export function TransferSection() {
  const { status, info, error } = useStatus();
  const [plan, setPlan] = useState<Plan>();
  const [refused, setRefused] = useState<{ fileName: string; errors: LocatedError[] }>();

  const onFile = async (input: HTMLInputElement) => {
    setPlan(undefined);
    setRefused(undefined);
    info();
    const file = await readChosenFile(input, MAX_IMPORT_BYTES);
    if (!file) return;
    if (file.text === undefined)
      return setRefused({ fileName: file.name, errors: [tooLargeError(file.size, MAX_IMPORT_BYTES)] });
    const result = parseImport(file.text, await readImportState(), BUNDLED_PACK);
    if (!result.ok) return setRefused({ fileName: file.name, errors: result.errors });
    setPlan({
      fileName: file.name,
      before: result.before,
      after: result.after,
      changes: importChanges(result),
    });
  };

  const confirm = async (p: Plan) => {
    try {
      await applyImport(p);
      setPlan(undefined);
      info(i18n.t('options.transfer.applied'));
    } catch (e) {
      setPlan(undefined);
      error(e instanceof StaleImportError ? i18n.t('options.transfer.stale') : (e as Error).message);
    }
  };

  return (
    <Section
      id="transfer"
      title={i18n.t('options.transfer.heading')}
      intro={i18n.t('options.transfer.intro')}
    >
      <div class="actions">
        <button type="button" onClick={() => void downloadExport().catch((e: Error) => error(e.message))}>
          {i18n.t('options.transfer.export')}
        </button>
        <label class="file-button">
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
          {i18n.t('options.transfer.import')}
        </label>
      </div>
      <Status {...status} />
      {refused && (
        <ErrorList
          title={i18n.t('options.transfer.refused', [refused.fileName])}
          errors={refused.errors}
          kind="settings"
        />
      )}
      {plan && (
        <ImportPreview
          fileName={plan.fileName}
          changes={plan.changes}
          packsAfter={plan.after.packs}
          onConfirm={() => void confirm(plan)}
          onCancel={() => setPlan(undefined)}
        />
      )}
    </Section>
  );
}
