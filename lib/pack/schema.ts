/**
 * The position-pack format: the single schema that validates the bundled pack,
 * imported packs and the generated JSON Schema in docs/. Pure: no browser API.
 */
import * as v from 'valibot';

export const PACK_FORMAT = 'fackkoll-position-pack';
export const PACK_FORMAT_VERSION = 1;

/** Lower-case slug used for every id so ids stay stable in URLs, storage keys and CSS. */
const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single hyphens)'),
  v.maxLength(64),
);

/** Plain text only: packs are rendered as text, but we still refuse markup to keep intent obvious. */
const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max),
    v.check((s) => !/[<>]/.test(s), 'must be plain text (no < or >)'),
  );

const Bilingual = (max: number) => v.strictObject({ sv: Text(max), en: Text(max) });

/** Marker for facts the op-eds do not give; we never invent a date or a URL. */
export const UNKNOWN = 'unknown';

export const SourceRefSchema = v.strictObject({
  source: Id,
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
});

export const SourceSchema = v.strictObject({
  id: Id,
  /** File name of the op-ed text the paragraphs are counted in. */
  file: Text(200),
  /** Paragraphs counted from 1, separated by blank lines. */
  paragraphCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Organisations and signatories exactly as the text gives them. */
  organisations: v.array(Text(200)),
  signatories: v.array(Text(200)),
  /** Paragraph where the signatories stand, when the text has one. */
  signatureParagraph: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  title: Bilingual(200),
  language: v.picklist(['sv', 'en']),
  date: v.union([v.literal(UNKNOWN), v.pipe(v.string(), v.isoDate())]),
  url: v.union([v.literal(UNKNOWN), v.pipe(v.string(), v.url(), v.startsWith('https://'))]),
  /** False when the op-ed gives no figures, so the UI can say so rather than show nothing. */
  hasFigures: v.boolean(),
});

export const TopicSchema = v.strictObject({
  id: Id,
  name: Bilingual(60),
  description: Bilingual(200),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be a lower-case #rrggbb colour')),
  related: v.array(Id),
});

export const PositionSchema = v.strictObject({
  id: Id,
  topic: Id,
  statement: Bilingual(600),
  refs: v.pipe(v.array(SourceRefSchema), v.minLength(1, 'a position needs at least one source reference')),
});

export const FigureSchema = v.strictObject({
  id: Id,
  /** Topics the figure is shown with. */
  topics: v.pipe(v.array(Id), v.minLength(1)),
  /** The number as written in the source, e.g. 70000 or 40. */
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  unit: v.picklist(['persons', 'percent']),
  qualifier: v.picklist(['exact', 'about', 'more-than', 'less-than']),
  counts: Bilingual(200),
  where: Bilingual(100),
  ref: SourceRefSchema,
});

/**
 * Lexicon entry for one topic, in the pattern syntax of docs/lexicon-syntax.md.
 * Swedish terms are always on; English terms only when the user opts in.
 */
export const LexiconEntrySchema = v.strictObject({
  topic: Id,
  sv: v.pipe(v.array(Text(120)), v.maxLength(400)),
  en: v.pipe(v.array(Text(120)), v.maxLength(400)),
  /** False friends: text matching these is never counted for the topic. */
  exclude: v.pipe(v.array(Text(120)), v.maxLength(400)),
});

export const PositionPackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  formatVersion: v.literal(PACK_FORMAT_VERSION),
  id: Id,
  name: Bilingual(100),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(50)),
  topics: v.pipe(v.array(TopicSchema), v.minLength(1), v.maxLength(60)),
  positions: v.pipe(v.array(PositionSchema), v.maxLength(500)),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(200)),
  lexicon: v.pipe(v.array(LexiconEntrySchema), v.maxLength(60)),
});

export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type LexiconEntry = v.InferOutput<typeof LexiconEntrySchema>;
export type PositionPack = v.InferOutput<typeof PositionPackSchema>;
