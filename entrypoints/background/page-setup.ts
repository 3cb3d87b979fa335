/**
 * Keeps the page setup (storage/page-setup.ts) in step with the packs and the English setting, so
 * pages never compile the lexicon or carry the packs. Runs off any page's main thread.
 */
import { hash53 } from '../../core/hash';
import { compileLexiconData } from '../../core/match';
import { MATCHER_DATA_FORMAT } from '../../core/match/matcher-data';
import type { PositionPack } from '../../core/pack/schema';
import { getActivePacks, watchActivePacks } from '../../storage/active-packs';
import { EXTENSION_VERSION } from '../../storage/extension-version';
import { type PageSetup, packsCopyItem, pageSetupItem, type TopicHead } from '../../storage/page-setup';
import { settingsItem } from '../../storage/settings';

/**
 * What a stored setup has to match to be current: the data format, the version that compiled it
 * (a new version may compile differently), the language, the lexicon and the topics.
 */
export function setupRevision(packs: readonly PositionPack[], english: boolean): string {
  return hash53(
    `${MATCHER_DATA_FORMAT}:${EXTENSION_VERSION}:${english ? 'en' : 'sv'}:${JSON.stringify(packs.flatMap((p) => p.lexicon))}:${JSON.stringify(topicHeads(packs))}`,
  );
}

export function topicHeads(packs: readonly PositionPack[]): TopicHead[] {
  const seen = new Set<string>();
  const heads: TopicHead[] = [];
  for (const { id, name, color } of packs.flatMap((p) => p.topics)) {
    // The first pack to define a topic id owns it (the bundled pack comes first).
    if (seen.has(id)) continue;
    seen.add(id);
    heads.push({ id, name: { sv: name.sv, en: name.en }, color });
  }
  return heads;
}

/** The setup for these packs and language, compiled now (a few hundred ms for the bundled pack). */
export function pageSetupOf(
  packs: readonly PositionPack[],
  english: boolean,
  revision = setupRevision(packs, english),
): PageSetup {
  return {
    revision,
    english,
    topics: topicHeads(packs),
    matcher: compileLexiconData(
      packs.flatMap((p) => p.lexicon),
      { english },
    ),
  };
}

/** Stores the setup unless the stored one is current; returns the current one. */
export async function storeSetupIfStale(
  packs: readonly PositionPack[],
  english: boolean,
): Promise<PageSetup> {
  const revision = setupRevision(packs, english);
  const stored = await pageSetupItem.getValue();
  if (stored?.revision === revision) return stored;
  const setup = pageSetupOf(packs, english, revision);
  await pageSetupItem.setValue(setup);
  return setup;
}

/** The copy of the packs pages read for the card and the popup's ranking, rewritten on change only. */
export async function storePacksIfChanged(packs: readonly PositionPack[]): Promise<void> {
  const revision = hash53(JSON.stringify(packs));
  if ((await packsCopyItem.getValue())?.revision !== revision)
    await packsCopyItem.setValue({ revision, packs: [...packs] });
}

/** keepPageSetup's compiles, one at a time: a page asking meanwhile waits instead of compiling again. */
let queue = Promise.resolve();

/** Compiles and stores at start, and again on every change of the packs or the English setting. */
export function keepPageSetup(): void {
  let packs: PositionPack[] | undefined;
  let english: boolean | undefined;
  const update = () => {
    queue = queue
      .then(async () => {
        packs ??= await getActivePacks();
        english ??= (await settingsItem.getValue()).english;
        await storePacksIfChanged(packs);
        await storeSetupIfStale(packs, english);
      })
      .catch((error: unknown) => console.error('Fackkoll: could not prepare the lexicon for pages', error));
  };
  watchActivePacks((next) => {
    packs = next;
    update();
  });
  settingsItem.watch((next) => {
    if (next.english === english) return;
    english = next.english;
    update();
  });
  update();
}

/**
 * A page asks for a setup the stored one does not give: none stored yet, or English terms for
 * that page only. The setup for the current settings is stored on the way; another is not.
 */
export async function setupForPage(english: boolean): Promise<PageSetup> {
  await queue;
  const packs = await getActivePacks();
  await storePacksIfChanged(packs);
  if ((await settingsItem.getValue()).english === english) return storeSetupIfStale(packs, english);
  return pageSetupOf(packs, english);
}
