/**
 * The pack `npm run pack -- new` starts from: the right shape, one of each thing a pack needs,
 * and every text a person must write marked TODO, so `check` lists exactly what is left.
 */
import type { PositionPack } from '../../core/pack/schema';

export const SKELETON_TEXT_FILE = 'op-ed.txt';

export function skeletonPack(): PositionPack {
  return {
    format: 'fackkoll-position-pack',
    formatVersion: 1,
    // Ids are permanent and a pack id must not be another publisher's, so even the ids say TODO.
    id: 'todo-pack-id',
    name: { sv: 'TODO: paketets namn', en: "TODO: the pack's name" },
    version: '0.1.0',
    publisher: { name: 'TODO: who publishes the pack' },
    sources: [
      {
        id: 'op-ed',
        file: SKELETON_TEXT_FILE,
        paragraphCount: 1,
        organisations: ['TODO: the organisation, exactly as the text writes it'],
        signatories: ['TODO: who signed, exactly as the text writes it'],
        title: { sv: 'TODO: kort beskrivning med egna ord', en: 'TODO: a short description in your words' },
        language: 'sv',
        hasFigures: false,
      },
    ],
    topics: [
      {
        id: 'todo-topic-id',
        name: { sv: 'TODO: ämnets namn', en: "TODO: the topic's name" },
        description: { sv: 'TODO: vad ämnet omfattar', en: 'TODO: what the topic covers' },
        color: '#d8ef8a',
        related: [],
      },
    ],
    positions: [
      {
        id: 'op-ed-position-1',
        topic: 'todo-topic-id',
        statement: { sv: 'TODO: ståndpunkten med egna ord', en: 'TODO: the position in your own words' },
        refs: [{ source: 'op-ed', paragraph: 1 }],
        cues: { sv: ['TODO'], en: [] },
      },
    ],
    figures: [],
    lexicon: [{ topic: 'todo-topic-id', sv: ['TODO'], en: [], exclude: [] }],
  };
}

export const SKELETON_README = `# A new position pack

This folder was made by \`npm run pack -- new\`. \`pack.json\` has the right shape; every text
marked TODO is yours to write. The format is described in docs/position-packs.md and a worked
example in docs/authoring-packs.md.

Next steps:

1. Put the op-ed as plain text in \`${SKELETON_TEXT_FILE}\` in this folder, paragraphs separated by
   blank lines, and set \`paragraphCount\` to the number of paragraphs. (Faster: start over with
   \`npm run pack -- draft OPED.txt --out DIR\`, which counts them and suggests positions.)
2. Choose ids: the pack's \`id\`, and each topic's \`id\` wherever it is used (the topic, its
   positions, its lexicon entry). Start topic ids with your pack's id so they never clash with
   another pack's topics. Ids are permanent once the pack is published.
3. Replace every TODO: names, the source's organisations and signatories exactly as the text
   writes them, one position per paragraph that makes a claim (in your own words, sv and en),
   its cues, and the topic's lexicon (docs/lexicon-syntax.md).
4. Run \`npm run pack -- check DIR\` until it prints ok.
5. Once: \`npm run pack -- keygen --out KEYFILE\` (keep KEYFILE secret, outside this folder).
   Then \`npm run pack -- sign DIR --key KEYFILE\` before each release, with a higher \`version\`.
`;
