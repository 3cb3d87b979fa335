// @vitest-environment happy-dom
/**
 * The adapter subclasses mark.js's own class from its ES source, beyond its public API. These
 * tests pin what it relies on, so a mark.js update that moves any of it fails here, not on pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextNodeMarker } from '../../../../core/highlight/markjs-adapter';

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
    marker.markFrom([a, b], [8, 4], /lön/gu, { acrossElements: false });
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
      node,
      [
        { start: 0, end: 8 },
        { start: 13, end: 21 },
      ],
      node.data,
      {},
    );
    expect([...document.body.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'väl\u00ADfärd',
      'väl\u00ADfärd',
    ]);
  });
});
