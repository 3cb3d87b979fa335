/**
 * mark.js reaches the DOM through its DOMIterator (3.2 kB of the content script) only where the
 * adapter does not use it: its own getTextNodes, which core/highlight/markjs-adapter.ts overrides,
 * and unmark(), which we never call (restore-text.ts takes our marks out). The bundle gets a
 * stand-in that fails loudly if mark.js ever reaches for it; the content script has an 80 kB
 * budget (issue 18).
 */
import type { Plugin } from 'vite';

const MARKJS_LIB = /[\\/]node_modules[\\/]mark\.js[\\/]src[\\/]lib[\\/]mark\.js$/;
const STAND_IN = '\0fackkoll:markjs-dom-iterator';
export const DOM_ITERATOR_UNUSED = 'fackkoll: mark.js’s DOMIterator is left out of the bundle';

export function markjsWithoutIterator(): Plugin {
  return {
    name: 'fackkoll:markjs-without-iterator',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './domiterator' && importer && MARKJS_LIB.test(importer) ? STAND_IN : null;
    },
    load(id) {
      if (id !== STAND_IN) return null;
      const fail = `throw new Error(${JSON.stringify(DOM_ITERATOR_UNUSED)})`;
      return `export default class DOMIterator { constructor() { ${fail} } static matches() { ${fail} } }`;
    },
  };
}
