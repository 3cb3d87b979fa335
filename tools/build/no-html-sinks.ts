/**
 * Preact keeps an `innerHTML` assignment for `dangerouslySetInnerHTML`, which our lint rule
 * forbids, so that path is dead code for us. Turning it into `textContent` at build time means
 * the shipped bundle has no HTML sink at all (and web-ext lint has nothing to warn about).
 */
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]/;
const SINK = /([\w$]+)\.innerHTML=(?!=)/g;

export function noHtmlSinks(): Plugin {
  return {
    name: 'fackkoll:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id) || !SINK.test(code)) return null;
      SINK.lastIndex = 0;
      return { code: code.replace(SINK, '$1.textContent='), map: null };
    },
  };
}
