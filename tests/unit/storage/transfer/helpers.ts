import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { applyImport, readImportState } from '../../../../storage/transfer/apply';
import { type ImportResult, parseImport } from '../../../../storage/transfer/parse-import';

/** Everything the extension stores, as bytes: "unchanged" means byte-for-byte. */
export async function storedBytes(): Promise<string> {
  const [sync, local] = await Promise.all([
    fakeBrowser.storage.sync.get(null),
    fakeBrowser.storage.local.get(null),
  ]);
  return JSON.stringify({ sync, local });
}

/** The options page's flow: read the file, and apply only when it is valid (the user confirms). */
export async function importText(text: string): Promise<ImportResult> {
  const result = parseImport(text, await readImportState(), BUNDLED_PACK);
  if (result.ok) await applyImport(result);
  return result;
}

/** The stored values without WXT's version stamps (`key$`), which a fresh profile writes on first save. */
export async function storedValues(): Promise<string> {
  const [sync, local] = await Promise.all([
    fakeBrowser.storage.sync.get(['settings']),
    fakeBrowser.storage.local.get(['packs']),
  ]);
  return JSON.stringify({ sync, local });
}
