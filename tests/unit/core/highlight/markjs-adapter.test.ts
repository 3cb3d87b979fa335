// @vitest-environment happy-dom
/**
 * The adapter subclasses mark.js's own class from its ES source, beyond its public API. These
 * tests pin what it relies on, so a mark.js update that moves any of it fails here, not on pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAsMarkJs, TextNodeMarker } from '../../../../core/highlight/markjs-adapter';
import { structure } from './helpers';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../../../..');

describe('mark.js adapter', () => {
  it('is built against mark.js 8.11.1 exactly', () => {
    const installed = JSON.parse(readFileSync(require.resolve('mark.js/package.json'), 'utf8'));
    const declared = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    expect(installed.version).toBe('8.11.1');
    // A range would let an install pick up a mark.js whose private members moved.
    expect(declared.dependencies['mark.js']).toBe('8.11.1');
  });

  it('finds the private members it overrides on mark.js’s class', async () => {
    const { default: MarkJs } = (await import('mark.js/src/lib/mark.js' as string)) as {
      default: { prototype: object };
    };
    const proto = MarkJs.prototype;
    for (const name of ['getTextNodes', 'wrapRangeInTextNode', 'markRegExp'])
      expect(typeof Object.getOwnPropertyDescriptor(proto, name)?.value, name).toBe('function');
    const opt = Object.getOwnPropertyDescriptor(proto, 'opt');
    expect(typeof opt?.get).toBe('function');
    expect(typeof opt?.set).toBe('function');
  });

  it('marks only the nodes given, from each node’s first match, with the elements it is given', () => {
    const p = document.createElement('p');
    const skipped = document.createTextNode('lön här');
    const a = document.createTextNode('lön och lön');
    const b = document.createTextNode('mer lön');
    p.append(skipped, document.createElement('br'), a, document.createElement('br'), b);
    document.body.replaceChildren(p);
    const marker = new TextNodeMarker((doc) => {
      const mark = doc.createElement('mark');
      mark.className = 'probe';
      return mark;
    });
    marker.markFrom([a, b], [{ at: 8 }, { at: 4 }], /lön/gu, { acrossElements: false });
    expect([...p.querySelectorAll('mark.probe')].map((m) => m.previousSibling?.textContent)).toEqual([
      'lön och ',
      'mer ',
    ]);
    expect(p.textContent).toBe('lön härlön och lönmer lön');
  });

  it('replays matches found elsewhere, offsets into the original text', () => {
    const node = document.createTextNode('väl\u00ADfärd och väl\u00ADfärd');
    document.body.replaceChildren(node);
    const marker = new TextNodeMarker((doc) => doc.createElement('mark'));
    marker.markFound(
      [node],
      [
        {
          matches: [
            { start: 0, end: 8 },
            { start: 13, end: 21 },
          ],
          original: node.data,
        },
      ],
      {},
    );
    expect([...document.body.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'väl\u00ADfärd',
      'väl\u00ADfärd',
    ]);
  });

  it('finds off the page exactly what it then marks as marking in place would', () => {
    // A word start by lookbehind: after wrapping the first "ab" of "abab", mark.js searches the
    // rest "ab", where nothing stands before it, so in place both are marked.
    const regex = /(?<![\p{L}])(?:ab|lön\p{L}*|och)/gu;
    const keep = (matched: string) => matched !== 'och';
    // A refused match is searched on from its next character, where no word starts.
    const accepts = (_text: string, _start: number, matched: string) => matched !== 'löner';
    const texts = ['abab lön och löner', 'och', 'x lönen abab'];
    const options = { acrossElements: false, filter: (_node: Text, matched: string) => keep(matched) };
    const page = () => {
      const nodes = texts.map((t) => document.createTextNode(t));
      document.body.replaceChildren(
        ...nodes.map((n) => {
          const p = document.createElement('p');
          p.append(n);
          return p;
        }),
      );
      return nodes;
    };
    const marker = new TextNodeMarker((doc) => doc.createElement('mark'));
    marker.markFrom(page(), [{ at: 0 }, { at: 0 }, { at: 0 }], regex, options, accepts);
    const inPlace = structure(document.body);
    expect(document.body.querySelectorAll('mark')).toHaveLength(6);

    const found = texts.map((original) => ({
      matches: findAsMarkJs(original, { at: 0 }, regex, keep, accepts),
      original,
    }));
    expect(found[0]?.matches).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 5, end: 8 },
    ]);
    const nodes = page();
    expect(document.body.querySelectorAll('mark')).toHaveLength(0);
    marker.markFound(nodes, found, options);
    expect(structure(document.body)).toBe(inPlace);
  });

  it('takes a first match whose end is known as found, without matching it again', () => {
    const a = document.createTextNode('en lön och lön');
    const b = document.createTextNode('lön');
    document.body.replaceChildren(a, document.createElement('br'), b);
    const searchedFrom: number[] = [];
    const lon = /lön/gu;
    const regex = {
      lastIndex: 0,
      exec(text: string) {
        searchedFrom.push(this.lastIndex);
        lon.lastIndex = this.lastIndex;
        const match = lon.exec(text);
        this.lastIndex = lon.lastIndex;
        return match;
      },
    };
    const marker = new TextNodeMarker((doc) => doc.createElement('mark'));
    marker.markFrom([a, b], [{ at: 3, end: 6 }, { at: 0 }], regex, { acrossElements: false });
    expect([...document.body.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'lön',
      'lön',
      'lön',
    ]);
    // mark.js goes on in the rest of a node after each wrap, from 0: never from 3, where the
    // first match of the first node is. The second node's first match had no end: searched.
    expect(searchedFrom).toEqual([0, 0, 0, 0]);
    expect(document.body.textContent).toBe('en lön och lönlön');
  });

  it('searches a node whose text no longer holds the first match handed over, and goes on to the next', () => {
    // What is left of a node marked already: the text before its first match.
    const left = document.createTextNode('en ');
    const next = document.createTextNode('lön');
    document.body.replaceChildren(left, document.createElement('br'), next);
    const marker = new TextNodeMarker((doc) => doc.createElement('mark'));
    marker.markFrom(
      [left, next],
      [
        { at: 3, end: 6 },
        { at: 0, end: 3 },
      ],
      /lön/gu,
      { acrossElements: false },
    );
    expect([...document.body.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['lön']);
    expect(left.data).toBe('en ');
  });

  it('checks a first match taken as found with the sense rule, and searches on when it is refused', () => {
    const text = 'lönen och lön';
    const accepts = (_text: string, start: number) => start !== 0;
    const found = findAsMarkJs(text, { at: 0, end: 5 }, /(?<!\p{L})lön\p{L}*/gu, () => true, accepts);
    expect(found).toEqual([{ start: 10, end: 13 }]);
  });

  it('replays nothing into a node whose text is not the one the matches were found in', () => {
    const changed = document.createTextNode('lön');
    const same = document.createTextNode('mer lön');
    document.body.replaceChildren(changed, document.createElement('br'), same);
    const marker = new TextNodeMarker((doc) => doc.createElement('mark'));
    marker.markFound(
      [changed, same],
      [
        { matches: [{ start: 4, end: 7 }], original: 'mer lön' },
        { matches: [{ start: 4, end: 7 }], original: 'mer lön' },
      ],
      {},
    );
    expect([...document.body.querySelectorAll('mark')].map((m) => m.previousSibling?.textContent)).toEqual([
      'mer ',
    ]);
    expect(changed.data).toBe('lön');
  });
});
