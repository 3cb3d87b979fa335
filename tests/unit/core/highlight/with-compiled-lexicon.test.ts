// @vitest-environment happy-dom
/** The engine with the real matcher compiler (inline lexicon, not the bundled one). */
import { afterEach, expect, it } from 'vitest';
import { createHighlighter } from '../../../../core/highlight';
import { markTextNodes } from '../../../../core/highlight/mark-text-nodes';
import { SplitRegistry } from '../../../../core/highlight/split-registry';
import { compileLexicon } from '../../../../core/match';
import { BUNDLED_LEXICON } from '../match/lexicon-fixture';
import { APPEARANCE, h, marksIn, structure } from './helpers';

afterEach(() => document.body.replaceChildren());

it('marks inflections, compounds and acronyms found by the compiled lexicon', async () => {
  const matcher = compileLexicon([
    { topic: 'asylum', sv: ['asyl*', 'flykting*'], en: [], exclude: [] },
    { topic: 'unions', sv: ['LO', 'a-kassa*'], en: [], exclude: [] },
    { topic: 'welfare', sv: ['välfärd*'], en: [], exclude: [] },
  ]);
  document.body.append(
    h('p', {}, 'LO och a-kassan: asylsökande, flyktingarna och den offentliga välfärdssektorn.'),
    h('p', {}, 'lo, flyktig och kasse ska inte markeras.'),
  );
  const hl = createHighlighter({ document, matcher, appearance: APPEARANCE });
  await hl.start();
  expect(marksIn(document.body).map((m) => [m.textContent, m.dataset.fackkollTopic])).toEqual([
    ['LO', 'unions'],
    ['a-kassan', 'unions'],
    ['asylsökande', 'asylum'],
    ['flyktingarna', 'asylum'],
    ['välfärdssektorn', 'welfare'],
  ]);
  hl.stop();
});

it('marks words with soft hyphens, zero-width characters and decomposed letters (the slow path)', async () => {
  const matcher = compileLexicon([
    { topic: 'asylum', sv: ['asyl*', 'flykting*'], en: [], exclude: [] },
    { topic: 'unions', sv: ['LO'], en: [], exclude: [] },
    { topic: 'welfare', sv: ['välfärd*'], en: [], exclude: [] },
  ]);
  const text = 'LO om väl\u00ADfärds\u00ADsektorn, flyk\u200Btingar och va\u0308lfa\u0308rden; asyl.';
  document.body.append(h('p', {}, text));
  const hl = createHighlighter({ document, matcher, appearance: APPEARANCE });
  await hl.start();
  expect(marksIn(document.body).map((m) => [m.textContent, m.dataset.fackkollTopic])).toEqual([
    ['LO', 'unions'],
    ['väl\u00ADfärds\u00ADsektorn', 'welfare'],
    ['flyk\u200Btingar', 'asylum'],
    ['va\u0308lfa\u0308rden', 'welfare'],
    ['asyl', 'asylum'],
  ]);
  expect(document.body.textContent).toBe(text);
  hl.stop();
  expect(document.body.textContent).toBe(text);
  hl.stop();
});

it('marks a term with sense rules only in its sense, reading the words before it in the same node', async () => {
  const matcher = compileLexicon([
    { topic: 'secure-jobs', sv: ['varsel [near: jobb*]'], en: [], exclude: [] },
    { topic: 'immigration', sv: ['integration [preceded by: lyckad, och]'], en: [], exclude: [] },
  ]);
  document.body.append(
    // The second "varsel" has its job word only before the first one: mark.js searches the rest of
    // the node after wrapping the first, and the rule must still see the whole node.
    h('p', {}, 'Jobben: ett varsel och ett varsel.'),
    h('p', {}, 'Ändras med kort varsel. En lyckad integration och integration av API.'),
  );
  const hl = createHighlighter({ document, matcher, appearance: APPEARANCE });
  await hl.start();
  expect(marksIn(document.body).map((m) => [m.textContent, m.dataset.fackkollTopic])).toEqual([
    ['varsel', 'secure-jobs'],
    ['varsel', 'secure-jobs'],
    ['integration', 'immigration'],
    ['integration', 'immigration'],
  ]);
  expect(document.body.textContent).toContain('Ändras med kort varsel.');
  hl.stop();
});

it('marks a big round found first exactly as it marks in place: senses, exclusions, slow path', async () => {
  const matcher = compileLexicon([
    {
      topic: 'secure-jobs',
      sv: ['varsel [near: jobb*]', 'utvisning*'],
      en: [],
      exclude: ['minuters utvisning*'],
    },
    { topic: 'welfare', sv: ['välfärd*'], en: [], exclude: [] },
    { topic: 'unions', sv: ['LO', 'a-kassa*'], en: [], exclude: [] },
  ]);
  const texts = [
    'Jobben: ett varsel och ett varsel.',
    // Out of its sense: no job word near it.
    'Ett varsel om storm.',
    'Två minuters utvisning, sedan hot om utvisning.',
    'LO om väl\u00ADfärds\u00ADsektorn och va\u0308lfa\u0308rden; a-kassan.',
    'LOLO och välfärdvälfärd, ingen match här.',
  ];
  const page = () =>
    document.body.replaceChildren(...texts.flatMap((t) => [h('p', {}, t), h('p', {}, h('b', {}, t))]));
  const marked = async (markInPlaceMax: number | undefined) => {
    page();
    const nodes = [...document.querySelectorAll('p, b')].map((e) => e.firstChild);
    const hl = createHighlighter({ document, matcher, appearance: APPEARANCE, batchSize: 2, markInPlaceMax });
    await hl.start();
    const result = {
      marks: marksIn(document.body).map((m) => `${m.textContent}:${m.dataset.fackkollTopic}`),
      html: structure(document.body),
      // The page's own text nodes stay, each now the head of what was split.
      heads: [...document.querySelectorAll('p, b')].map((e, i) => e.firstChild === nodes[i]),
    };
    hl.stop();
    return result;
  };
  const inPlace = await marked(undefined);
  const foundFirst = await marked(0);
  expect(inPlace.marks).toContain('utvisning:secure-jobs');
  expect(inPlace.marks.filter((m) => m.startsWith('utvisning'))).toHaveLength(2);
  expect(inPlace.marks).toContain('väl\u00ADfärds\u00ADsektorn:welfare');
  expect(foundFirst).toEqual(inPlace);
  expect(foundFirst.heads.every(Boolean)).toBe(true);
});

it('marks a node listed twice in a batch once, and every node after it as well', () => {
  const matcher = compileLexicon(BUNDLED_LEXICON);
  const texts = ['Facket varnar om välfärden', 'Asylsökande och LO och facket', 'Välfärden och flyktingar'];
  const marked = (twice: boolean) => {
    document.body.replaceChildren(...texts.map((t) => h('p', {}, t)));
    const candidates = [...document.querySelectorAll('p')].map((p) => {
      const node = p.firstChild as Text;
      const at = node.data.search(matcher.cursor);
      return { node, at, end: matcher.cursor.matchEnd, data: node.data };
    });
    const [first] = candidates;
    const names = { topicName: (t: string) => t, topicLabel: (t: string) => t };
    const context = { registry: new SplitRegistry(), matcher, ...names };
    markTextNodes(twice && first ? [first, ...candidates] : candidates, context);
    return marksIn(document.body).map((m) => m.textContent);
  };
  const once = marked(false);
  expect(once).toHaveLength(7);
  expect(marked(true)).toEqual(once);
});

it('searches a node the page changed since the scan again, and marks its new first match', () => {
  const matcher = compileLexicon(BUNDLED_LEXICON);
  document.body.replaceChildren(h('p', {}, 'LO och välfärden'));
  const node = document.querySelector('p')?.firstChild as Text;
  const scanned = {
    node,
    at: node.data.search(matcher.cursor),
    end: matcher.cursor.matchEnd,
    data: node.data,
  };
  // "LO" at the scanned offsets is no word of its own any more.
  node.data = 'LOK och välfärden';
  const names = { topicName: (t: string) => t, topicLabel: (t: string) => t };
  markTextNodes([scanned], { registry: new SplitRegistry(), matcher, ...names });
  expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['välfärden']);
});

it('marks each node’s first match as the scanner found it, without matching it again', async () => {
  // Matches first in a node, a first match a sense rule refuses ("kort varsel"), and text with
  // no match.
  const paragraphs = [
    'Facket varnar: välfärden behöver fler anställda och kollektivavtal som gäller.',
    'Ändras med kort varsel. Varslen drabbar jobben i industrin.',
    'Inget här alls.',
    'Asylsökande och flyktingar får vänta på uppehållstillstånd, säger LO.',
  ];
  const run = async (withEnds: boolean) => {
    document.body.replaceChildren(...paragraphs.map((t) => h('p', {}, t)));
    const { matcher, execs } = counting(compileLexicon(BUNDLED_LEXICON), withEnds);
    const hl = createHighlighter({ document, matcher, appearance: APPEARANCE, flushDelayMs: 0 });
    await hl.start();
    const page = structure(document.body);
    hl.stop();
    return { page, execs: execs(), marks: page.split('<mark').length - 1 };
  };
  const searched = await run(false);
  const handedOver = await run(true);
  expect(handedOver.page).toBe(searched.page);
  expect(searched.marks).toBeGreaterThan(8);
  // One exec() fewer per node with a match: three of the four paragraphs.
  expect(searched.execs - handedOver.execs).toBe(3);
});

/** The matcher with its cursor's exec() calls counted, and matchEnd hidden unless `withEnds`. */
function counting(matcher: ReturnType<typeof compileLexicon>, withEnds: boolean) {
  const inner = matcher.cursor;
  let execs = 0;
  const cursor = {
    get lastIndex() {
      return inner.lastIndex;
    },
    set lastIndex(value: number) {
      inner.lastIndex = value;
    },
    exec(text: string) {
      execs++;
      return inner.exec(text);
    },
    [Symbol.search]: (text: string) => text.search(inner),
    get matchEnd() {
      return withEnds ? inner.matchEnd : undefined;
    },
  };
  return {
    matcher: {
      cursor,
      topicOf: (matched: string) => matcher.topicOf(matched),
      accepts: (text: string, start: number, matched: string) => matcher.accepts(text, start, matched),
      slowMatches: (text: string) => matcher.slowMatches(text),
      mayMatch: (text: string) => matcher.mayMatch(text),
    },
    execs: () => execs,
  };
}

it('marks everything when the page adds a paragraph during the first scan, and a shadow root follows it', async () => {
  // The added paragraph is reached by the walk and reported as added: a candidate twice in one
  // batch. Marked twice, it once threw the first matches of the nodes after it off.
  const fillers = Array.from({ length: 2_000 }, () => h('p', {}, 'inget här'));
  const added = h('div', {});
  const host = h('div', {});
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(h('p', {}, 'LO och välfärden'));
  document.body.replaceChildren(...fillers, added, host);
  const matcher = compileLexicon(BUNDLED_LEXICON);
  const hl = createHighlighter({
    document,
    matcher,
    appearance: APPEARANCE,
    flushDelayMs: 0,
    settleEveryMs: 0,
    sliceMs: 0,
  });
  const started = hl.start();
  added.append(h('p', {}, 'Facket och LO'));
  await started;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await hl.idle();
  expect(marksIn(added).map((m) => m.textContent)).toEqual(['Facket', 'LO']);
  expect([...shadow.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['LO', 'välfärden']);
  hl.stop();
});
