import type { PositionPack } from '../../../../core/pack/schema';

/**
 * The smallest pack that exercises every kind: tests copy it and break one thing.
 * Its source text is MINIMAL_TEXT below (three paragraphs, the last a signature).
 */
export function minimalPack(): PositionPack {
  return {
    format: 'fackkoll-position-pack',
    formatVersion: 1,
    id: 'test-pack',
    name: { sv: 'Testpaket', en: 'Test pack' },
    sources: [
      {
        id: 'op-ed',
        file: 'op-ed.txt',
        paragraphCount: 3,
        organisations: ['Byggnads'],
        signatories: ['Anna Andersson'],
        signatureParagraph: 3,
        title: { sv: 'Om bostäder', en: 'On housing' },
        language: 'sv',
        date: 'unknown',
        url: 'unknown',
        hasFigures: true,
      },
    ],
    topics: [
      {
        id: 'housing',
        name: { sv: 'Bostäder', en: 'Housing' },
        description: { sv: 'Bostadsbyggande.', en: 'Housing construction.' },
        color: '#ffe066',
        related: ['work'],
      },
      {
        id: 'work',
        name: { sv: 'Arbete', en: 'Work' },
        description: { sv: 'Jobb.', en: 'Jobs.' },
        color: '#9cd3ff',
        related: ['housing'],
      },
    ],
    positions: [
      {
        id: 'build-more',
        topic: 'housing',
        statement: { sv: 'Det behövs fler bostäder.', en: 'More homes are needed.' },
        refs: [{ source: 'op-ed', paragraph: 1 }],
      },
      {
        id: 'jobs-in-building',
        topic: 'work',
        statement: { sv: 'Byggandet ger jobb.', en: 'Building creates jobs.' },
        refs: [{ source: 'op-ed', paragraph: 2 }],
      },
    ],
    figures: [
      {
        id: 'builders',
        topics: ['work'],
        value: 12000,
        unit: 'persons',
        qualifier: 'about',
        counts: { sv: 'byggnadsarbetare', en: 'construction workers' },
        where: { sv: 'Skåne', en: 'Skåne' },
        ref: { source: 'op-ed', paragraph: 2 },
      },
    ],
    lexicon: [{ topic: 'housing', sv: ['bostad*'], en: ['housing'], exclude: [] }],
  };
}

export const MINIMAL_TEXT = [
  'Vi måste bygga fler bostäder i hela landet, och det måste ske nu.',
  'Byggandet ger jobb åt ungefär 12 000 byggnadsarbetare i Skåne.',
  'Anna Andersson, Byggnads',
].join('\n\n');
