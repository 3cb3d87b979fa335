/** Drops stored packs that no longer pass the import checks and tells the user once. */
import { addNotice } from './notices';
import { importedPacksItem, readStoredPacks } from './packs';

export async function repairStoredPacks(): Promise<boolean> {
  const { packs, repaired } = readStoredPacks(await importedPacksItem.getValue());
  if (!repaired) return false;
  await importedPacksItem.setValue(packs);
  await addNotice('packs-repaired');
  return true;
}
