/**
 * Fills a drafted pack the way an author would, from tests/fixtures/pack-cli/byggnads-filled.json:
 * texts for every TODO, lexicon terms, one position moved off the placeholder topic, which is then
 * removed. Keyed by the ids `draft` gives, so a change in drafting shows up as a failing fill.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type PackJson as Json } from './run';

export const FILLED: Json = JSON.parse(readFileSync(join(FIXTURES, 'byggnads-filled.json'), 'utf8'));

function byId(list: Json[], id: string): Json {
  const item = list.find((x) => x.id === id);
  if (!item) throw new Error(`the draft has no "${id}"`);
  return item;
}

export function fillDraft(pack: Json, filled: Json = FILLED): void {
  Object.assign(pack, filled.pack);
  Object.assign(pack.sources[0], filled.source);
  for (const [id, { sv, ...texts }] of Object.entries<Json>(filled.topics)) {
    Object.assign(byId(pack.topics, id), texts);
    Object.assign(
      pack.lexicon.find((e: Json) => e.topic === id),
      { sv },
    );
  }
  for (const [id, fields] of Object.entries<Json>(filled.positions))
    Object.assign(byId(pack.positions, id), fields);
  for (const [id, fields] of Object.entries<Json>(filled.figures))
    Object.assign(byId(pack.figures, id), fields);
  pack.topics = pack.topics.filter((t: Json) => !filled.dropTopics.includes(t.id));
  pack.lexicon = pack.lexicon.filter((e: Json) => !filled.dropTopics.includes(e.topic));
  for (const topic of pack.topics)
    topic.related = topic.related.filter((r: string) => !filled.dropTopics.includes(r));
}
