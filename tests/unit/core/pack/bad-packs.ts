/**
 * Packs broken in one place each, with the path and words the error must have: validate.test.ts
 * checks parsePack reports them, and tests/unit/core/import-errors/ that each reads well in
 * Swedish and English when the pack is imported.
 */
import type { PositionPack } from '../../../../core/pack/schema';

export type BadPackCase = [
  name: string,
  breakIt: (pack: PositionPack) => void,
  path: string,
  message: string,
];

// Each case breaks one thing and must be reported at exactly one place, in words a pack
// author can act on: these messages reach users who import their own packs.
export const SHAPE_CASES: BadPackCase[] = [
  [
    'wrong format',
    (p) => Object.assign(p, { format: 'other' }),
    'format',
    'expected "fackkoll-position-pack"',
  ],
  ['missing lexicon', (p) => Reflect.deleteProperty(p, 'lexicon'), 'lexicon', 'missing required field'],
  [
    'unknown field',
    (p) => Object.assign(p.topics[0] ?? {}, { extra: 1 }),
    'topics[0].extra',
    'unknown field "extra"',
  ],
  [
    'upper-case colour',
    (p) => Object.assign(p.topics[1] ?? {}, { color: '#9CD3FF' }),
    'topics[1].color',
    'lower-case',
  ],
  [
    'id not a slug',
    (p) => Object.assign(p.positions[0] ?? {}, { id: 'Build More' }),
    'positions[0].id',
    'slug',
  ],
  [
    'markup in a statement',
    (p) => Object.assign(p.positions[0]?.statement ?? {}, { en: 'More <b>homes</b>.' }),
    'positions[0].statement.en',
    'plain text',
  ],
  [
    'empty Swedish statement',
    (p) => Object.assign(p.positions[0]?.statement ?? {}, { sv: '' }),
    'positions[0].statement.sv',
    'must not be empty',
  ],
  [
    'invented date format',
    (p) => Object.assign(p.sources[0] ?? {}, { date: '12 mars' }),
    'sources[0].date',
    'YYYY-MM-DD',
  ],
  [
    'a day that does not exist',
    (p) => Object.assign(p.sources[0] ?? {}, { date: '2024-02-31' }),
    'sources[0].date',
    'not a day that exists',
  ],
  [
    'an outlet written as unknown',
    (p) => Object.assign(p.sources[0] ?? {}, { outlet: 'Unknown' }),
    'sources[0].outlet',
    'leave the field out',
  ],
  [
    'a headline written as okänd',
    (p) => Object.assign(p.sources[0] ?? {}, { headline: 'okänd' }),
    'sources[0].headline',
    'leave the field out',
  ],
  [
    'a review date before the position was written',
    (p) => Object.assign(p.positions[0] ?? {}, { written: '2026-05-01', reviewBy: '2026-04-01' }),
    'positions[0].reviewBy',
    'before the day',
  ],
  [
    'a changelog that does not lead with this version',
    (p) =>
      Object.assign(p, {
        version: '1.1.0',
        changelog: [{ version: '1.0.0', date: '2026-01-02', changes: { sv: 'Första.', en: 'First.' } }],
      }),
    'changelog[0].version',
    'must describe this version (1.1.0)',
  ],
  [
    'a publisher link that is not https',
    (p) => Object.assign(p, { publisher: { name: 'Byggnads', url: 'http://byggnads.se' } }),
    'publisher.url',
    'https://',
  ],
  [
    'a signature that is not base64 of 64 bytes',
    (p) =>
      Object.assign(p, {
        signature: { algorithm: 'Ed25519', publicKey: `${'A'.repeat(43)}=`, value: 'abc' },
      }),
    'signature.value',
    '64 bytes',
  ],
  ['version that is not semver', (p) => Object.assign(p, { version: 'v2' }), 'version', 'such as 1.0.0'],
  [
    'headline with markup',
    (p) => Object.assign(p.sources[0] ?? {}, { headline: 'Bygg <i>nu</i>' }),
    'sources[0].headline',
    'plain text',
  ],
  [
    'quote in a pack whose publisher does not own the text',
    (p) => Object.assign(p.positions[0] ?? {}, { quote: 'Vi måste bygga fler bostäder.' }),
    'positions[0].quote',
    'publisherOwnsText: true',
  ],
  [
    'plain http url',
    (p) => Object.assign(p.sources[0] ?? {}, { url: 'http://a.se/x' }),
    'sources[0].url',
    'https://',
  ],
  [
    'unknown unit',
    (p) => Object.assign(p.figures[0] ?? {}, { unit: 'people' }),
    'figures[0].unit',
    'expected',
  ],
  [
    'figure as text',
    (p) => Object.assign(p.figures[0] ?? {}, { value: '12 000' }),
    'figures[0].value',
    'number',
  ],
  ['no refs', (p) => Object.assign(p.positions[0] ?? {}, { refs: [] }), 'positions[0].refs', 'at least one'],
  [
    'paragraph 0',
    (p) => Object.assign(p.positions[0]?.refs[0] ?? {}, { paragraph: 0 }),
    'positions[0].refs[0].paragraph',
    'counted from 1',
  ],
  [
    'unknown ref role',
    (p) => Object.assign(p.positions[0]?.refs[0] ?? {}, { role: 'background' }),
    'positions[0].refs[0].role',
    '"context"',
  ],
  [
    'role on a figure ref',
    (p) => Object.assign(p.figures[0]?.ref ?? {}, { role: 'context' }),
    'figures[0].ref.role',
    'unknown field "role"',
  ],
  [
    'folder in file name',
    (p) => Object.assign(p.sources[0] ?? {}, { file: '../op-ed.txt' }),
    'sources[0].file',
    'bare',
  ],
];

export const INTEGRITY_CASES: BadPackCase[] = [
  [
    'duplicate position id',
    (p) => Object.assign(p.positions[1] ?? {}, { id: 'build-more' }),
    'positions[1].id',
    'duplicate id "build-more" (also positions[0])',
  ],
  [
    'position on an unknown topic',
    (p) => {
      p.positions.push({
        ...(p.positions[0] as PositionPack['positions'][0]),
        id: 'stray',
        topic: 'transport',
      });
    },
    'positions[2].topic',
    'unknown topic "transport"',
  ],
  [
    'figure on an unknown topic',
    (p) => Object.assign(p.figures[0] ?? {}, { topics: ['wages'] }),
    'figures[0].topics[0]',
    'unknown topic "wages"',
  ],
  [
    'related topic that does not exist',
    (p) => Object.assign(p.topics[0] ?? {}, { related: ['wages'] }),
    'topics[0].related[0]',
    'unknown topic "wages"',
  ],
  [
    'topic related to itself',
    (p) => Object.assign(p.topics[0] ?? {}, { related: ['housing'] }),
    'topics[0].related',
    'lists itself',
  ],
  [
    'ref to an unknown source',
    (p) => Object.assign(p.positions[0]?.refs[0] ?? {}, { source: 'other' }),
    'positions[0].refs[0].source',
    'unknown source "other"',
  ],
  [
    'paragraph past the end',
    (p) => Object.assign(p.positions[0]?.refs[0] ?? {}, { paragraph: 4 }),
    'positions[0].refs[0].paragraph',
    'paragraph 4 does not exist: source "op-ed" has 3',
  ],
  [
    'citing the signature',
    (p) => Object.assign(p.positions[0]?.refs[0] ?? {}, { paragraph: 3 }),
    'positions[0].refs[0].paragraph',
    'no claim (signature)',
  ],
  [
    'citing a declared non-claim',
    (p) => Object.assign(p.sources[0] ?? {}, { nonClaims: [{ paragraph: 1, reason: 'photo caption' }] }),
    'positions[0].refs[0].paragraph',
    'no claim (photo caption)',
  ],
  ['topic without a position', (p) => p.positions.splice(1, 1), 'topics[1]', 'topic "work" has no position'],
  [
    'figure from a source without figures',
    (p) => Object.assign(p.sources[0] ?? {}, { hasFigures: false }),
    'figures[0].ref.source',
    'hasFigures: false',
  ],
  [
    'source promising figures it lacks',
    (p) => p.figures.splice(0, 1),
    'sources[0].hasFigures',
    'says it has figures but none cite it',
  ],
  [
    'position with only context refs',
    (p) => Object.assign(p.positions[0]?.refs[0] ?? {}, { role: 'context' }),
    'positions[0].refs',
    'only context references',
  ],
  [
    'signature past the end',
    (p) => Object.assign(p.sources[0] ?? {}, { signatureParagraph: 9 }),
    'sources[0].signatureParagraph',
    'past the last one (3)',
  ],
  [
    'figure tied to an unknown position',
    (p) => Object.assign(p.figures[0] ?? {}, { positions: ['build-less'] }),
    'figures[0].positions[0]',
    'unknown position "build-less"',
  ],
  [
    'figure part of itself',
    (p) => Object.assign(p.figures[0] ?? {}, { partOf: 'builders' }),
    'figures[0].partOf',
    'is not another figure',
  ],
  ...(
    [
      ['part in another place', { where: { sv: 'Halland', en: 'Halland' } }, 'same unit and place'],
      ['part in another unit', { unit: 'percent', value: 40 }, 'same unit and place'],
      ['part of another time', { when: { sv: '2024', en: '2024' } }, 'same time ("when")'],
      ['part larger than its whole', { value: 13000 }, 'cannot be larger'],
    ] as const
  ).map(
    ([name, change, message]): BadPackCase => [
      name,
      (p) => {
        const whole = p.figures[0] as PositionPack['figures'][number];
        const part = { ...whole, id: 'builders-skane', value: 5000, partOf: 'builders' };
        p.figures.push(Object.assign(part, change));
      },
      'figures[1].partOf',
      message,
    ],
  ),
  [
    'part of a part',
    (p) => {
      const whole = p.figures[0] as PositionPack['figures'][number];
      p.figures.push({ ...whole, id: 'builders-skane', value: 8000, partOf: 'builders' });
      p.figures.push({ ...whole, id: 'builders-malmo', value: 3000, partOf: 'builders-skane' });
    },
    'figures[2].partOf',
    'is itself a part',
  ],
  [
    'lexicon for an unknown topic',
    (p) => Object.assign(p.lexicon[0] ?? {}, { topic: 'wages' }),
    'lexicon[0].topic',
    'unknown topic "wages"',
  ],
  [
    'two lexicon entries for one topic',
    (p) => p.lexicon.push({ topic: 'housing', sv: ['hyra'], en: [], exclude: [] }),
    'lexicon[1].topic',
    'second lexicon entry',
  ],
];
