/**
 * What `draft` reads in an op-ed and writes: figures carried over exactly, the signature found,
 * one position per claim paragraph, and a pack the extension's structural check accepts as is.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { parsePack } from '../../../../core/pack/validate';
import { findFigureCandidates } from '../../../../tools/pack/figure-candidates';
import { guessSignature } from '../../../../tools/pack/signature-guess';
import { OP_ED, pack, readJson, tempFolder } from './run';

describe('figure candidates', () => {
  it('take the number as written, its unit and the qualifier before it', () => {
    const text =
      'Ungefär 70 000 personer, över 40 %, mer än 3,5 procent, färre än 300 skyddsombud och 12 jobb.';
    expect(findFigureCandidates(text)).toEqual([
      { text: 'Ungefär 70 000 personer', value: 70000, unit: 'persons', qualifier: 'about' },
      { text: 'över 40 %', value: 40, unit: 'percent', qualifier: 'more-than' },
      { text: 'mer än 3,5 procent', value: 3.5, unit: 'percent', qualifier: 'more-than' },
      { text: 'färre än 300 skyddsombud', value: 300, unit: 'persons', qualifier: 'less-than' },
      { text: '12 jobb', value: 12, unit: 'persons', qualifier: 'exact' },
    ]);
  });

  it('leave out years, money, dates, times and ratios', () => {
    const text = 'Sedan 2019 har 1 200 kronor, den 1 maj, 8 timmar och 3 av 10 byggare inte räckt.';
    expect(findFigureCandidates(text)).toEqual([]);
  });
});

describe('signature guess', () => {
  it('finds the names that start each line of a short last paragraph, and the organisations after them', () => {
    const last =
      'Maja Exempelsson, ordförande, Exempelförbundet Bygg\nOlle Påhittad, skyddsombud, Exempelförbundet Bygg';
    expect(guessSignature(['Text.', last])).toEqual({
      paragraph: 2,
      signatories: ['Maja Exempelsson', 'Olle Påhittad'],
      organisations: ['Exempelförbundet Bygg'],
    });
    expect(guessSignature(['Text.', 'Jessica P Klemetsson & Stefan Leiding'])?.signatories).toEqual([
      'Jessica P Klemetsson',
      'Stefan Leiding',
    ]);
  });

  it('takes no sentence for a signature', () => {
    expect(guessSignature(['Text.', 'Men Stockholm är så mycket mer.'])).toBeUndefined();
    expect(guessSignature(['Maja Exempelsson'])).toBeUndefined();
  });
});

describe('npm run pack -- draft', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempFolder()));
  afterEach(() => cleanup());

  it('writes the text, a pack that parses, and DRAFT.md', async () => {
    const run = await pack(dir, 'draft', OP_ED, '--out', 'byggnads-pack');
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'byggnads-pack')).sort()).toEqual([
      'DRAFT.md',
      'byggnads-op-ed.txt',
      'pack.json',
    ]);
    expect(readFileSync(join(dir, 'byggnads-pack', 'byggnads-op-ed.txt'), 'utf8')).toBe(
      readFileSync(OP_ED, 'utf8'),
    );
    const draft = readJson(join(dir, 'byggnads-pack', 'pack.json')) as PositionPack;
    expect(parsePack(draft).ok).toBe(true);
    expect(draft.id).toBe('byggnads-pack'); // from the folder's name without --id
    expect(draft.sources[0]).toMatchObject({ paragraphCount: 8, signatureParagraph: 8, hasFigures: true });
    // One position per paragraph but the signature, citing it, with the topic words as cues.
    expect(draft.positions.map((p) => p.refs)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [{ source: 'byggnads-op-ed', paragraph: n }]),
    );
    expect(draft.positions[0]).toMatchObject({
      topic: 'byggnads-pack-work-environment',
      cues: { sv: ['arbetsmiljö*'] },
    });
    expect(draft.positions[6]?.topic).toBe('byggnads-pack-todo-topic');
    expect(draft.figures.map((f) => [f.value, f.unit, f.qualifier, f.ref.paragraph])).toEqual([
      [12000, 'persons', 'about', 2],
      [40, 'percent', 'more-than', 2],
      [300, 'persons', 'less-than', 3],
    ]);
    const notes = readFileSync(join(dir, 'byggnads-pack', 'DRAFT.md'), 'utf8');
    expect(notes).toContain(
      '- Figure `byggnads-op-ed-2-figure-2`: "Över 40 procent" = 40 percent, more-than',
    );
    expect(notes).toContain(
      '- Likely the signature (`signatureParagraph`: 8): signed by Maja Exempelsson, Olle Påhittad',
    );
  });

  it('refuses a folder that is not empty, and writes nothing', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const run = await pack(dir, 'draft', OP_ED, '--out', '.');
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/^draft: .* is not empty; choose a new folder \(nothing was written\)$/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('asks for its arguments', async () => {
    const run = await pack(dir, 'draft', OP_ED);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'draft: give the op-ed and the folder: draft OPED.txt --out DIR',
      'usage: npm run pack -- draft OPED.txt --out DIR [--id PACK-ID]   a pack to fill in, drafted from an op-ed',
    ]);
  });
});
