// @vitest-environment happy-dom
/**
 * Property tests over random DOM trees: whatever the page looks like, marking keeps the text,
 * never enters excluded subtrees, marks every eligible match, is idempotent, and unmarking gives
 * back the page's own text nodes.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, isInsideExcluded } from '../../../../core/highlight';
import { APPEARANCE, marksIn, structure, TERMS, testMatcher, textNodesOf } from './helpers';

type Tree = { tag: string; editable: boolean; children: (Tree | string)[] };

const WORDS = [
  'asyl',
  'asylsökande',
  'facket',
  'LO',
  'välfärden',
  'flyktingar',
  'och',
  'LOK',
  'valfard',
  'ASYL',
  'fackets',
  'kvinnor',
];
const SEPARATORS = [' ', ', ', '. ', '\n', '\u00a0', ' (', ') ', '"'];
const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'a',
  'li',
  'section',
  'script',
  'style',
  'textarea',
  'code',
  'pre',
  'noscript',
  'svg',
];

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    editable: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    children: fc.array(fc.oneof({ weight: 2, arbitrary: text }, { weight: 1, arbitrary: tie('node') }), {
      maxLength: 4,
    }),
  }),
})).node;

function build(t: Tree): Element {
  const el = document.createElement(t.tag);
  if (t.editable) el.setAttribute('contenteditable', 'true');
  for (const c of t.children) el.append(typeof c === 'string' ? document.createTextNode(c) : build(c));
  return el;
}

const matcher = testMatcher(TERMS);
function expectedMatches(nodes: Text[]): string[] {
  return nodes
    .filter((n) => !isInsideExcluded(n))
    .flatMap((n) => [...n.data.matchAll(matcher.cursor)].map((m) => m[0]).filter((m) => matcher.topicOf(m)));
}

afterEach(() => document.body.replaceChildren());

describe('random pages', () => {
  it('keeps text, respects exclusions, marks every match, is idempotent and reversible', async () => {
    await fc.assert(
      // In place, or every match found first and marked afterwards: both ways of marking a round.
      fc.asyncProperty(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (trees, inPlace) => {
          document.body.replaceChildren(...trees.map(build));
          const before = structure(document.body);
          const textBefore = document.body.textContent;
          const nodes = textNodesOf(document.body);
          const expected = expectedMatches(nodes);
          // The shared cache of elements known to be outside exclusions changes no answer.
          const clean = new WeakSet<Element>();
          const all = [...nodes, ...document.body.querySelectorAll('*')].reverse();
          for (const n of all) expect(isInsideExcluded(n, clean)).toBe(isInsideExcluded(n));

          const hl = createHighlighter({
            document,
            matcher,
            appearance: APPEARANCE,
            flushDelayMs: 0,
            batchSize: 3,
            markInPlaceMax: inPlace ? undefined : 0,
          });
          await hl.start();
          const marks = marksIn(document.body);
          expect(document.body.textContent).toBe(textBefore);
          expect(marks.map((m) => m.textContent)).toEqual(expected);
          for (const m of marks) expect(isInsideExcluded(m.parentNode as Node)).toBe(false);

          const marked = structure(document.body);
          await hl.rescan();
          expect(structure(document.body)).toBe(marked);

          hl.stop();
          expect(structure(document.body)).toBe(before);
          const after = textNodesOf(document.body);
          expect(after).toHaveLength(nodes.length);
          expect(after.every((n, i) => n === nodes[i])).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
