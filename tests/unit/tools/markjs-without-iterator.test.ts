// @vitest-environment happy-dom
/**
 * The build's stand-in for mark.js's DOMIterator: only mark.js's own import of it is replaced,
 * and the stand-in fails loudly wherever mark.js would reach for it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOM_ITERATOR_UNUSED, markjsWithoutIterator } from '../../../tools/build/markjs-without-iterator';

const MARKJS = resolve('node_modules/mark.js/src/lib/mark.js');

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = markjsWithoutIterator();
const resolveId = plugin.resolveId as Hook;
const load = plugin.load as Hook;

describe('mark.js without its DOMIterator', () => {
  it('is what the unit tests run too, as the extension bundles it', async () => {
    const { default: MarkJs } = (await import('mark.js/src/lib/mark.js' as string)) as {
      default: new (ctx: Element) => { unmark(): void };
    };
    expect(() => new MarkJs(document.body).unmark()).toThrow(DOM_ITERATOR_UNUSED);
    // mark.js imports it by this name; a mark.js that moved it would bundle it again.
    expect(readFileSync(MARKJS, 'utf8')).toMatch(/^import DOMIterator from '\.\/domiterator';$/m);
  });

  it('replaces mark.js’s own import of it, and nothing else', () => {
    const id = resolveId.call({}, './domiterator', MARKJS);
    expect(typeof id).toBe('string');
    expect(resolveId.call({}, './domiterator', resolve('core/highlight/markjs-adapter.ts'))).toBeNull();
    expect(resolveId.call({}, './regexpcreator', MARKJS)).toBeNull();
    expect(load.call({}, 'other')).toBeNull();
  });

  it('gives a stand-in that throws when mark.js makes or asks its iterator', async () => {
    const code = load.call({}, resolveId.call({}, './domiterator', MARKJS)) as string;
    const url = `data:text/javascript,${encodeURIComponent(code)}`;
    const { default: DOMIterator } = (await import(url)) as {
      default: { new (): unknown; matches(): boolean };
    };
    expect(() => new DOMIterator()).toThrow(DOM_ITERATOR_UNUSED);
    expect(() => DOMIterator.matches()).toThrow(DOM_ITERATOR_UNUSED);
  });
});
