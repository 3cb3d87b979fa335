/**
 * Which op-ed paragraphs the pack cites for each topic (positions[].refs). Read from BUNDLED_PACK
 * when core/pack/bundled.ts exists, otherwise straight from the pack's JSON files.
 *
 * Only primary refs count: a `role: 'context'` ref is shown with the source but does not claim
 * that the paragraph states the topic, so the matcher is not expected to fire there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface PackPart {
  sources: { id: string; file: string }[];
  positions: { topic: string; refs: { source: string; paragraph: number; role?: 'context' }[] }[];
}

export interface CitedParagraph {
  topic: string;
  file: string;
  paragraph: number;
}

const BUNDLED = fileURLToPath(new URL('../../core/pack/bundled.ts', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../../data/pack/', import.meta.url));

export async function loadCitedParagraphs(): Promise<CitedParagraph[]> {
  const pack = await loadPackPart();
  const fileOf = new Map(pack.sources.map((s) => [s.id, s.file]));
  const cited = new Map<string, CitedParagraph>();
  for (const { topic, refs } of pack.positions) {
    for (const { source, paragraph, role } of refs) {
      if (role === 'context') continue;
      const file = fileOf.get(source) ?? source;
      cited.set(`${topic} ${file} ${paragraph}`, { topic, file, paragraph });
    }
  }
  return [...cited.values()];
}

async function loadPackPart(): Promise<PackPart> {
  if (existsSync(BUNDLED)) {
    const module = (await import(BUNDLED)) as { BUNDLED_PACK: PackPart };
    return module.BUNDLED_PACK;
  }
  const read = <T>(name: string, fallback: T): T =>
    existsSync(DATA_DIR + name) ? (JSON.parse(readFileSync(DATA_DIR + name, 'utf8')) as T) : fallback;
  return { sources: read('sources.json', []), positions: read('positions.json', []) };
}
