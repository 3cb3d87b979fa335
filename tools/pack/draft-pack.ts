/**
 * The pack `draft` writes from an op-ed reading: every reference, paragraph count and figure
 * number filled in from the text, every sentence a person must write marked TODO. It passes the
 * extension's structural check as it is, so each edit can be checked on its own.
 */
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { ID_MAX_LENGTH } from '../../core/pack/id';
import type { Figure, Position, PositionPack, Topic } from '../../core/pack/schema';
import type { OpEdReading, ParagraphReading } from './op-ed-reading';

export interface DraftNames {
  packId: string;
  sourceId: string;
  file: string;
}

/** At most this many cues are suggested per position: the topic words found, not a list to keep. */
const MAX_CUES = 6;
const FALLBACK_COLOR = '#d8ef8a';

/** A lower-case slug for an id: "Byggnads Öst.txt" gives "byggnads-ost-txt". */
export function slugify(text: string, max = ID_MAX_LENGTH): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, max).replace(/-$/, '');
}

/** `base-suffix` as an id, `base` shortened so the suffix (which tells ids apart) is never cut. */
export function idWith(base: string, suffix: string): string {
  return `${slugify(base, ID_MAX_LENGTH - suffix.length - 1)}-${suffix}`;
}

/** The draft topic a paragraph's position goes under: its most central built-in topic, or none. */
export function draftTopicId(names: DraftNames, paragraph: ParagraphReading): string {
  // Built-in topic ids are taken; prefixing the pack's id keeps a draft topic from clashing.
  const suffix = paragraph.topics[0]?.topic ?? 'todo-topic';
  return idWith(names.packId, suffix);
}

export function draftPack(reading: OpEdReading, names: DraftNames): PositionPack {
  const signature = reading.signature;
  const claims = reading.paragraphs.filter((p) => p.number !== signature?.paragraph);
  const positions = claims.map((p) => draftPosition(names, p));
  const figures = claims.flatMap((p) => draftFigures(names, p));
  const topics = draftTopics(names, claims);
  return {
    format: 'fackkoll-position-pack',
    formatVersion: 1,
    id: names.packId,
    name: { sv: 'TODO: paketets namn', en: "TODO: the pack's name" },
    version: '0.1.0',
    publisher: { name: 'TODO: who publishes the pack' },
    sources: [
      {
        id: names.sourceId,
        file: names.file,
        paragraphCount: reading.paragraphs.length,
        organisations: signature?.organisations.length
          ? signature.organisations
          : ['TODO: the organisation, exactly as the text writes it'],
        signatories: signature ? signature.signatories : ['TODO: who signed, exactly as the text writes it'],
        ...(signature ? { signatureParagraph: signature.paragraph } : {}),
        title: { sv: 'TODO: kort beskrivning med egna ord', en: 'TODO: a short description in your words' },
        language: 'sv',
        hasFigures: figures.length > 0,
      },
    ],
    topics,
    positions,
    figures,
    lexicon: topics.map((topic) => ({ topic: topic.id, sv: [], en: [], exclude: [] })),
  };
}

function draftPosition(names: DraftNames, paragraph: ParagraphReading): Position {
  const terms = paragraph.topics.flatMap((t) => t.terms).filter((term) => !term.includes('+'));
  return {
    id: idWith(names.sourceId, String(paragraph.number)),
    topic: draftTopicId(names, paragraph),
    statement: { sv: 'TODO', en: 'TODO' },
    refs: [{ source: names.sourceId, paragraph: paragraph.number }],
    cues: { sv: [...new Set(terms)].slice(0, MAX_CUES), en: [] },
  };
}

function draftFigures(names: DraftNames, paragraph: ParagraphReading): Figure[] {
  const position = draftPosition(names, paragraph);
  return paragraph.figures.map((candidate, k) => ({
    id: idWith(position.id, `figure-${k + 1}`),
    topics: [position.topic],
    value: candidate.value,
    unit: candidate.unit,
    qualifier: candidate.qualifier,
    counts: { sv: 'TODO: vad som räknas', en: 'TODO: what is counted' },
    where: { sv: 'TODO: var', en: 'TODO: where' },
    positions: [position.id],
    ref: { source: names.sourceId, paragraph: paragraph.number },
  }));
}

/** One topic per built-in topic the claims lead with, related as the built-in ones are. */
function draftTopics(names: DraftNames, claims: readonly ParagraphReading[]): Topic[] {
  const builtIn = new Map<string, string | undefined>();
  for (const p of claims) builtIn.set(draftTopicId(names, p), p.topics[0]?.topic);
  const idOf = new Map([...builtIn].map(([id, topic]) => [topic, id]));
  return [...builtIn].map(([id, topicId]) => {
    const topic = BUNDLED_PACK.topics.find((t) => t.id === topicId);
    const near = topic ? ` (närmast det inbyggda ämnet "${topic.name.sv}")` : '';
    const nearEn = topic ? ` (closest built-in topic: "${topic.name.en}")` : '';
    return {
      id,
      name: { sv: 'TODO: ämnets namn', en: "TODO: the topic's name" },
      description: { sv: `TODO: vad ämnet omfattar${near}`, en: `TODO: what the topic covers${nearEn}` },
      color: topic?.color ?? FALLBACK_COLOR,
      related: (topic?.related ?? []).flatMap((r) => idOf.get(r) ?? []),
    };
  });
}
