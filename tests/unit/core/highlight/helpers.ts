/**
 * Test helpers for the highlighter: a tiny matcher (so tests do not depend on the real lexicon),
 * a highlighter using it, a DOM builder (no HTML strings), and a structural snapshot that also
 * sees node identity.
 */
import {
  createHighlighter,
  type HighlighterOptions,
  type HighlightMatcher,
} from '../../../../core/highlight';

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** topic → regex sources of its terms (word-bounded like the real matcher). */
export function testMatcher(terms: Record<string, string[]>): HighlightMatcher & { cursor: RegExp } {
  const entries = Object.entries(terms).filter(([, list]) => list.length > 0);
  const body = entries.map(([, list]) => list.join('|')).join('|') || '[]';
  const anchored = entries.map(([topic, list]) => ({
    topic,
    re: new RegExp(`^(?:${list.join('|')})$`, 'u'),
  }));
  return {
    cursor: new RegExp(`${WORD_START}(?:${body})${WORD_END}`, 'gu'),
    topicOf: (matched) => {
      const hit = anchored.find((a) => a.re.test(matched));
      return hit ? { topic: hit.topic, term: matched } : undefined;
    },
  };
}

export const TERMS = {
  asylum: ['asyl\\p{L}*', 'flykting\\p{L}*'],
  unions: ['LO', 'facket', 'fackförbund\\p{L}*'],
  welfare: ['välfärd\\p{L}*'],
};

/**
 * A highlighter on this document with the test terms, flushing mutations and reporting at once;
 * `options` override.
 */
export function testHighlighter(options: Partial<HighlighterOptions> = {}) {
  return createHighlighter({
    document,
    matcher: testMatcher(TERMS),
    appearance: APPEARANCE,
    flushDelayMs: 0,
    settleEveryMs: 0,
    ...options,
  });
}

export const APPEARANCE = {
  style: 'fill' as const,
  topics: [
    { id: 'asylum', name: 'Asyl', color: '#9cd3ff' },
    { id: 'unions', name: 'Facket', color: '#ffbf80' },
    { id: 'welfare', name: 'Välfärd', color: '#b8f0b0' },
  ],
};

type Child = Node | string;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A readable snapshot of the tree: tags, attributes and text, with text nodes as "text". */
export function structure(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const el = node as Element;
  const attrs = el.attributes ? [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('') : '';
  const inner = [...node.childNodes].map(structure).join(',');
  const shadow = (el as Element).shadowRoot
    ? `#shadow(${structure((el as Element).shadowRoot as ShadowRoot)})`
    : '';
  return `<${el.localName ?? '#fragment'}${attrs}>${shadow}[${inner}]`;
}

export function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

export function marksIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('mark.fackkoll-mark')];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
