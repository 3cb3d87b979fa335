/**
 * Whether readers will ever see a pack's topics: a topic is found on a page only through its
 * lexicon, and only through words no earlier pack claims.
 */
import type { LocatedError } from '../../core/located-error';
import { compileLexicon } from '../../core/match';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import type { PositionPack } from '../../core/pack/schema';
import { splitParagraphs } from './source-text';

/**
 * A topic with no Swedish term is never marked: Swedish terms are always read, English ones only
 * when the reader turns them on, so an English-only topic is invisible to most readers.
 */
export function unmarkedTopicErrors(pack: PositionPack): LocatedError[] {
  const errors: LocatedError[] = [];
  pack.topics.forEach((topic, i) => {
    const j = pack.lexicon.findIndex((entry) => entry.topic === topic.id);
    const entry = pack.lexicon[j];
    if (!entry)
      errors.push({
        path: `topics[${i}]`,
        message: `topic "${topic.id}" has no lexicon entry: no word would ever mark it`,
      });
    else if (entry.sv.length === 0)
      errors.push({
        path: `lexicon[${j}].sv`,
        message: `topic "${topic.id}" has no Swedish terms: no word would mark it for most readers`,
      });
  });
  return errors;
}

/**
 * The built-in pack's lexicon is read before any imported one, so a term written exactly as it
 * writes it marks the built-in topic: it is allowed, but it never finds this pack's topic.
 */
export function lexiconNotes(pack: PositionPack): LocatedError[] {
  const builtIn = new Map(BUNDLED_PACK.lexicon.flatMap((e) => [...e.sv, ...e.en].map((t) => [t, e.topic])));
  const notes: LocatedError[] = [];
  pack.lexicon.forEach((entry, i) => {
    for (const lang of ['sv', 'en'] as const)
      entry[lang].forEach((term, j) => {
        const topic = builtIn.get(term);
        if (topic)
          notes.push({
            path: `lexicon[${i}].${lang}[${j}]`,
            message: `"${term}" is also a term of the built-in topic "${topic}", which is read first: it will mark that topic, not "${entry.topic}"`,
          });
      });
  });
  return notes;
}

/**
 * Primary paragraphs in which no word marks the position's topic, read as the extension reads a
 * page (the built-in lexicon first, Swedish terms): readers of the op-ed itself would not see the
 * topic there. Context paragraphs are not claimed to state the topic, so they are not asked.
 */
export function unmarkedParagraphNotes(
  pack: PositionPack,
  texts: ReadonlyMap<string, string>,
): LocatedError[] {
  let matcher: ReturnType<typeof compileLexicon>;
  try {
    matcher = compileLexicon([...BUNDLED_PACK.lexicon, ...pack.lexicon]);
  } catch {
    return []; // a lexicon that does not compile is already a problem
  }
  const paragraphs = new Map(
    pack.sources.map((s) => [s.id, splitParagraphs(texts.get(s.file) ?? '')] as const),
  );
  // A topic with no Swedish term at all is a problem already reported; one line is enough.
  const termless = new Set(
    pack.topics.map((t) => t.id).filter((id) => !pack.lexicon.some((e) => e.topic === id && e.sv.length > 0)),
  );
  const notes: LocatedError[] = [];
  pack.positions.forEach((position, i) => {
    if (termless.has(position.topic)) return;
    position.refs.forEach((ref, j) => {
      const text = paragraphs.get(ref.source)?.[ref.paragraph - 1];
      if (ref.role === 'context' || text === undefined) return;
      if (matcher.find(text).some((m) => m.topic === position.topic)) return;
      notes.push({
        path: `positions[${i}].refs[${j}]`,
        message: `no word marks topic "${position.topic}" in paragraph ${ref.paragraph} of "${ref.source}": readers of the op-ed itself would not see the topic there`,
      });
    });
  });
  return notes;
}
