import { describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../core/pack/schema';
import { checkSources } from '../../../tools/pack/source-check';
import { MINIMAL_TEXT, minimalPack } from '../core/pack/minimal-pack';

const texts = (text = MINIMAL_TEXT) => new Map([['op-ed.txt', text]]);

function problemsAfter(breakIt: (pack: PositionPack) => void, text?: string): string[] {
  const pack = minimalPack();
  breakIt(pack);
  return checkSources(pack, texts(text)).problems;
}

describe('checkSources', () => {
  it('passes a pack that matches its text and summarises it', () => {
    expect(checkSources(minimalPack(), texts())).toEqual({
      problems: [],
      summary: { sources: 1, paragraphs: 3, nonClaims: 1, positions: 2, figures: 1 },
    });
  });

  it('reports a missing file', () => {
    expect(checkSources(minimalPack(), new Map()).problems).toEqual([
      'source "op-ed": file op-ed.txt not found',
    ]);
  });

  it('reports a paragraph count that does not match the text', () => {
    expect(problemsAfter(() => {}, `${MINIMAL_TEXT}\n\nEtt tillägg.`)).toEqual([
      'source "op-ed": op-ed.txt has 4 paragraphs, the pack says 3',
      'source "op-ed" paragraph 4 makes a claim no position cites: "Ett tillägg."',
    ]);
  });

  it('reports organisations and signatories not written as in the text', () => {
    expect(
      problemsAfter((p) =>
        Object.assign(p.sources[0] ?? {}, { organisations: ['Byggnadsarbetareförbundet'] }),
      ),
    ).toEqual(['source "op-ed": "Byggnadsarbetareförbundet" does not occur verbatim in op-ed.txt']);
  });

  it('reports a figure whose paragraph does not state it', () => {
    expect(problemsAfter((p) => Object.assign(p.figures[0] ?? {}, { value: 13000 }))).toEqual([
      'figure "builders": paragraph 2 of "op-ed" does not state about 13000 (persons)',
    ]);
    expect(problemsAfter((p) => Object.assign(p.figures[0] ?? {}, { qualifier: 'more-than' }))).toHaveLength(
      1,
    );
  });

  it('reports a claim paragraph that no position cites, but not a declared non-claim', () => {
    const uncited = (p: PositionPack) => p.positions.splice(0, 1);
    expect(problemsAfter(uncited)).toEqual([
      'source "op-ed" paragraph 1 makes a claim no position cites: "Vi måste bygga fler bostäder i hela landet, och det måste ske nu."',
    ]);
    const declared = (p: PositionPack) => {
      uncited(p);
      Object.assign(p.sources[0] ?? {}, { nonClaims: [{ paragraph: 1, reason: 'slogan' }] });
    };
    expect(problemsAfter(declared)).toEqual([]);
  });

  it('reports a statement that copies eight words from the text, in either language', () => {
    const copied = 'Vi måste bygga fler bostäder i hela landet.';
    expect(problemsAfter((p) => Object.assign(p.positions[0]?.statement ?? {}, { en: copied }))).toEqual([
      'position "build-more" statement.en copies 8+ words from "op-ed" paragraph 1: "vi måste bygga fler bostäder i hela landet"',
    ]);
  });

  it('reports a reference to a paragraph the text does not have', () => {
    const pack = minimalPack();
    const shortText = MINIMAL_TEXT.split('\n\n').slice(0, 1).join('\n\n');
    expect(checkSources(pack, texts(shortText)).problems).toContain(
      'position "jobs-in-building": "op-ed" has no paragraph 2',
    );
  });

  it('requires a position’s cues to occur in the paragraphs it cites', () => {
    const withCues = (sv: string[]) => (p: PositionPack) =>
      Object.assign(p.positions[0] ?? {}, { cues: { sv, en: [] } });
    expect(problemsAfter(withCues(['bostäder + landet', 'byggnadsarbetare*']))).toEqual([]);
    expect(problemsAfter(withCues(['byggnadsarbetare*', 'bostäder + Skåne']))).toEqual([
      'position "build-more": none of its Swedish cues occurs in the paragraphs it cites, so it would not be found for its own source',
    ]);
  });

  it('requires a quote to be word for word in the first primary paragraph', () => {
    const quoting = (quote: string) => (p: PositionPack) => {
      p.publisherOwnsText = true;
      Object.assign(p.positions[0] ?? {}, { quote });
    };
    expect(problemsAfter(quoting('Vi måste bygga fler bostäder i hela landet'))).toEqual([]);
    expect(problemsAfter(quoting('Vi måste bygga fler bostäder i hela Sverige'))).toEqual([
      'position "build-more": its quote is not word for word in "op-ed" paragraph 1',
    ]);
  });
});
