/**
 * The position-pack format: the single schema that validates the bundled pack,
 * imported packs and the generated JSON Schema in docs/. Pure: no browser API.
 *
 * Every constraint here must survive conversion to JSON Schema (see json-schema.ts), so
 * plain-text rules are regexes rather than `check` or `trim`. Rules that span objects
 * (unknown ids, paragraph ranges) live in validate.ts.
 */

import * as v from 'valibot';
import { MAX_TERM_LENGTH } from '../match/senses';
import { IdSchema } from './id';
import { PACK_LIMITS } from './limits';

export const PACK_FORMAT = 'fackkoll-position-pack';
export const PACK_FORMAT_VERSION = 1;

const Id = IdSchema;

/**
 * Plain text only: packs are rendered as text, but we still refuse markup to keep intent obvious.
 * Surrounding whitespace is rejected rather than trimmed so the data files stay byte-for-byte
 * what the UI shows.
 */
const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(
      /^(?:[^<>\s](?:[^<>]*[^<>\s])?)?$/,
      'must be plain text (no < or >, no leading or trailing spaces)',
    ),
  );

const Bilingual = (max: number) => v.strictObject({ sv: Text(max), en: Text(max) });

const Paragraph = v.pipe(
  v.number(),
  v.integer('must be a whole paragraph number'),
  v.minValue(1, 'paragraphs are counted from 1'),
  v.maxValue(10_000),
);

/** A day written YYYY-MM-DD (one that exists: integrity.ts checks that). */
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));

const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(500),
  v.url('must be an https:// URL'),
  v.startsWith('https://', 'must be an https:// URL'),
);

const Version = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a version such as 1.0.0'),
);

/** Base64 of a fixed number of bytes. */
const Base64 = (bytes: number) =>
  v.pipe(
    v.string(),
    v.length(Math.ceil(bytes / 3) * 4, `must be ${bytes} bytes in base64`),
    v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
  );

export const PublisherSchema = v.strictObject({
  /** Who publishes the pack ("IF Metall Stockholms län"). */
  name: Text(120),
  /** Where readers can reach them or read about the pack; https only. */
  url: v.optional(HttpsUrl),
});

export const ChangeSchema = v.strictObject({
  version: Version,
  date: IsoDate,
  changes: Bilingual(500),
});

/** Ed25519 over the canonical JSON of the pack without this field (core/pack/signature.ts). */
export const SignatureSchema = v.strictObject({
  algorithm: v.literal('Ed25519'),
  /** The raw 32-byte public key. */
  publicKey: Base64(32),
  /** The 64-byte signature. */
  value: Base64(64),
});

/** Older packs' marker for a fact the op-ed does not give; the UI treats it as left out. */
export const UNKNOWN = 'unknown';

/** isoDate takes 2024-02-31; a citation must never show a day that did not exist. */
export function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const SourceRefSchema = v.strictObject({
  source: Id,
  paragraph: Paragraph,
});

/**
 * A position's reference. By default (primary) the paragraph states the position's topic. A
 * `context` paragraph only carries the argument of a neighbouring one ("Det är en strategi för
 * att splittra arbetare." after the paragraph that names the strategy): it is shown with the
 * source, but the pack does not claim it states the topic.
 */
export const PositionRefSchema = v.strictObject({
  ...SourceRefSchema.entries,
  role: v.optional(v.picklist(['context'], 'must be "context" or left out (primary)')),
});

/** A paragraph that states nothing a position could cite, e.g. a heading or a photo caption. */
export const NonClaimSchema = v.strictObject({
  paragraph: Paragraph,
  reason: Text(200),
});

export const SourceSchema = v.strictObject({
  id: Id,
  /** File name (no folders) of the op-ed text the paragraphs are counted in. */
  file: v.pipe(
    v.string(),
    v.maxLength(200),
    v.regex(/^[^<>\s/\\]+(?: [^<>\s/\\]+)*$/, 'must be a bare file name (no folders, no < or >)'),
  ),
  /** Paragraphs counted from 1, separated by blank lines. */
  paragraphCount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  /** Organisations and signatories exactly as the text gives them (verbatim, not normalised). */
  organisations: v.array(Text(200)),
  signatories: v.array(Text(200)),
  /** Paragraph where the signatories stand, when the text has one; never cited by positions. */
  signatureParagraph: v.optional(Paragraph),
  /** Other paragraphs that make no claim; the source check does not require positions for them. */
  nonClaims: v.optional(v.array(NonClaimSchema)),
  /**
   * The pack's own short description of the op-ed. It is no headline: the UI never puts it in
   * quotation marks or presents it as the op-ed's title (see `headline`).
   */
  title: Bilingual(200),
  /** The headline as published, word for word in the op-ed's language; left out when unknown. */
  headline: v.optional(Text(300)),
  /** Where it was published ("Dagens Nyheter", "Aftonbladet Debatt"); left out when unknown. */
  outlet: v.optional(Text(100)),
  language: v.picklist(['sv', 'en']),
  /** Publication date; left out when unknown ("unknown", accepted from older packs, means the same). */
  date: v.optional(
    v.union(
      [
        v.literal(UNKNOWN),
        // A day that does not exist (2024-02-31) is refused by integrity.ts: JSON Schema cannot say it.
        v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD')),
      ],
      'must be a date written YYYY-MM-DD (or left out when unknown)',
    ),
  ),
  /** Where the op-ed can be read; https only, shown as its host and opened only on a click. */
  url: v.optional(
    v.union(
      [
        v.literal(UNKNOWN),
        v.pipe(
          v.string(),
          v.url('must be an https:// URL (or left out when unknown)'),
          v.startsWith('https://', 'must be an https:// URL (or left out when unknown)'),
        ),
      ],
      'must be an https:// URL (or left out when unknown)',
    ),
  ),
  /** False when the op-ed gives no figures, so the UI can say so rather than show nothing. */
  hasFigures: v.boolean(),
});

export const TopicSchema = v.strictObject({
  id: Id,
  name: Bilingual(60),
  description: Bilingual(200),
  /** What the unions say on the topic as a whole, in one line: the card's overview. */
  stance: v.optional(Bilingual(200)),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/, 'must be a lower-case #rrggbb colour')),
  related: v.array(Id),
});

/**
 * Lexicon patterns joined by " + ": all must occur in a passage for the cue to count (checked
 * pattern by pattern with the lexicon's parser, see core/pack/lexicon-check.ts).
 */
const Cue = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'must be at most 200 characters'),
  v.regex(
    /^[^<>\s+](?:[^<>+]*[^<>\s+])?(?: \+ [^<>\s+](?:[^<>+]*[^<>\s+])?)*$/,
    'must be lexicon patterns joined by " + " (plain text, no < or >)',
  ),
);
const Cues = v.pipe(v.array(Cue), v.maxLength(40, 'at most 40 cues per language'));

export const PositionSchema = v.strictObject({
  id: Id,
  topic: Id,
  statement: Bilingual(600),
  refs: v.pipe(v.array(PositionRefSchema), v.minLength(1, 'a position needs at least one source reference')),
  /** The specific issue, in a few words: the card's "about: …" line. */
  about: v.optional(Bilingual(80)),
  /** What a passage says when the position speaks to it (see docs/position-packs.md). */
  cues: v.optional(v.strictObject({ sv: Cues, en: Cues })),
  /**
   * The op-ed's own words for the position, verbatim from its first primary paragraph. Only in a
   * pack whose publisher owns the text (`publisherOwnsText`); otherwise the statement is a
   * summary in the pack's words, and the card says so.
   */
  quote: v.optional(Text(1000)),
  /** When the position was written down (YYYY-MM-DD). */
  written: v.optional(IsoDate),
  /** When its publisher means to look at it again; past it, the UI says it may be out of date. */
  reviewBy: v.optional(IsoDate),
});

export const FigureSchema = v.strictObject({
  id: Id,
  /** Topics the figure is shown with. */
  topics: v.pipe(v.array(Id), v.minLength(1, 'a figure needs at least one topic')),
  /** The number as written in the source, e.g. 70000 or 40. */
  value: v.pipe(v.number(), v.minValue(0), v.maxValue(1e12)),
  unit: v.picklist(['persons', 'percent']),
  qualifier: v.picklist(['exact', 'about', 'more-than', 'less-than']),
  counts: Bilingual(200),
  where: Bilingual(100),
  /** The time the figure describes, when the source gives one; left out when it does not. */
  when: v.optional(Bilingual(60)),
  /** Positions the figure supports; the card shows it with them rather than with any position. */
  positions: v.optional(v.array(Id)),
  /** Id of a figure of the same place and unit that includes this one (70 000 of 230 000). */
  partOf: v.optional(Id),
  ref: SourceRefSchema,
});

/**
 * Lexicon entry for one topic, in the pattern syntax of docs/lexicon-syntax.md.
 * Swedish terms are always on; English terms only when the user opts in.
 */
export const LexiconEntrySchema = v.strictObject({
  topic: Id,
  /** A pattern of at most 120 characters, with its sense rules at most MAX_TERM_LENGTH. */
  sv: v.pipe(v.array(Text(MAX_TERM_LENGTH)), v.maxLength(400)),
  en: v.pipe(v.array(Text(MAX_TERM_LENGTH)), v.maxLength(400)),
  /** False friends: text matching these is never counted for the topic. */
  exclude: v.pipe(v.array(Text(120)), v.maxLength(400)),
});

export const PositionPackSchema = v.strictObject({
  /** Lets pack authors point their editor at docs/position-pack.schema.json. */
  $schema: v.optional(v.string()),
  format: v.literal(PACK_FORMAT),
  formatVersion: v.literal(PACK_FORMAT_VERSION),
  id: Id,
  name: Bilingual(100),
  /** The pack's version (semver): shown with copied citations; a signed update must raise it. */
  version: v.optional(Version),
  /** Who publishes the pack; left out when not known. */
  publisher: v.optional(PublisherSchema),
  /** When this version was published. */
  date: v.optional(IsoDate),
  /** What changed in each version, newest first. */
  changelog: v.optional(v.pipe(v.array(ChangeSchema), v.maxLength(50, 'at most 50 entries'))),
  /** The oldest Fackkoll version that reads this pack as meant. */
  minExtensionVersion: v.optional(Version),
  /**
   * True only when the pack's publisher owns the text of its sources (a union packing its own
   * op-eds): then positions may quote them (`quote`).
   */
  publisherOwnsText: v.optional(v.boolean()),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(50)),
  /** As many as Fackkoll imports in one pack (limits.ts), so a valid pack is one it can import. */
  topics: v.pipe(
    v.array(TopicSchema),
    v.minLength(1),
    v.maxLength(
      PACK_LIMITS.topicsPerPack,
      (issue) => `${issue.received} topics; a pack may have at most ${PACK_LIMITS.topicsPerPack}`,
    ),
  ),
  positions: v.pipe(v.array(PositionSchema), v.maxLength(500)),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(200)),
  /** At most one entry per topic (integrity.ts). */
  lexicon: v.pipe(v.array(LexiconEntrySchema), v.maxLength(PACK_LIMITS.topicsPerPack)),
  signature: v.optional(SignatureSchema),
});

export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type PositionRef = v.InferOutput<typeof PositionRefSchema>;
export type NonClaim = v.InferOutput<typeof NonClaimSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type LexiconEntry = v.InferOutput<typeof LexiconEntrySchema>;
export type PositionPack = v.InferOutput<typeof PositionPackSchema>;
export type Publisher = v.InferOutput<typeof PublisherSchema>;
export type PackSignature = v.InferOutput<typeof SignatureSchema>;
