// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextWalk, type WalkHooks } from '../../../../core/highlight/text-walk';
import { h, marksIn, TERMS, testHighlighter, testMatcher } from './helpers';

/** Only "välfärd" counts; the test matcher's regex without its word boundaries is the prefilter. */
const search = (data: string) => {
  const at = data.search(/välfärd/u);
  return at < 0 ? undefined : { at };
};
const mayMatch = (text: string) => /välfärd/u.test(text);

function walk(root: Element, hooks: Partial<WalkHooks> = {}) {
  const visited: string[] = [];
  const all: WalkHooks = {
    isOwn: (node) => {
      visited.push((node as Text).data);
      return false;
    },
    onShadowRoot: vi.fn(),
    onFrame: vi.fn(),
    mayMatch,
    ...hooks,
  };
  const found = new TextWalk(root, search, all).collect(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  return { visited, found: found.map((c) => c.node.data), hooks: all };
}

afterEach(() => document.body.replaceChildren());

describe('blocks the prefilter rules out', () => {
  it('are skipped whole: none of their text nodes is visited', () => {
    const root = h(
      'main',
      {},
      h('p', {}, 'Inget ', h('b', {}, 'här'), ' alls.'),
      h('p', {}, 'Om välfärden.'),
    );
    const { visited, found } = walk(root);
    expect(visited).toEqual(['Om välfärden.']);
    expect(found).toEqual(['Om välfärden.']);
  });

  it('are walked when no prefilter is given', () => {
    const root = h('main', {}, h('p', {}, 'Inget ', h('b', {}, 'här')));
    expect(walk(root, { mayMatch: undefined }).visited).toEqual(['Inget ', 'här']);
  });

  it('are walked when they hold an element that can host a shadow root or a frame', () => {
    const host = h('span', {});
    host.attachShadow({ mode: 'open' }).append(h('p', {}, 'välfärden'));
    const frame = h('iframe', {});
    const root = h('main', {}, h('p', {}, 'Inget ', host), h('p', {}, 'Inte här ', frame));
    const { visited, hooks } = walk(root);
    expect(hooks.onShadowRoot).toHaveBeenCalledWith(host.shadowRoot);
    expect(hooks.onFrame).toHaveBeenCalledWith(frame);
    expect(visited).toEqual(['Inget ', 'Inte här ']);
  });

  it('are walked when a word runs across their nodes (the prefilter has no word boundaries)', () => {
    const root = h('main', {}, h('p', {}, 'väl', h('b', {}, 'färden'), ' och välfärd'));
    expect(walk(root).visited).toEqual(['väl', 'färden', ' och välfärd']);
  });
});

describe('a highlighter whose matcher has a prefilter', () => {
  let hl: ReturnType<typeof testHighlighter> | undefined;
  afterEach(() => hl?.stop());

  it('marks the same as one without', async () => {
    const page = () =>
      h(
        'main',
        {},
        h('p', {}, 'Inget ', h('b', {}, 'här'), '.'),
        h('p', {}, 'LO och ', h('i', {}, 'facket'), ' om ', h('a', { href: '#' }, 'välfärden'), '.'),
        h('p', {}, 'flykting', h('b', {}, 'ar'), ' och asyl.'),
      );
    const plain = testMatcher(TERMS);
    const prefilter = new RegExp(
      plain.cursor.source.replace(/\(\?<!\[[^\]]*\]\)|\(\?!\[[^\]]*\]\)/g, ''),
      'u',
    );
    const results: string[] = [];
    for (const matcher of [plain, { ...plain, mayMatch: (t: string) => prefilter.test(t) }]) {
      document.body.replaceChildren(page());
      hl = testHighlighter({ matcher });
      await hl.start();
      results.push(
        marksIn(document.body)
          .map((m) => m.textContent)
          .join('|'),
      );
      hl.stop();
    }
    // "flykting" is a whole word in its own text node: marked with or without the prefilter.
    expect(results[0]).toBe('LO|facket|välfärden|flykting|asyl');
    expect(results[1]).toBe(results[0]);
  });
  it('asks nothing of a block while its matcher has no prefilter, and does once a replacement has one', async () => {
    document.body.replaceChildren(
      h('main', {}, h('p', {}, 'Inget ', h('b', {}, 'här')), h('p', {}, 'om välfärden')),
    );
    const asked: string[] = [];
    const original = Element.prototype.querySelector;
    const spy = vi.spyOn(Element.prototype, 'querySelector').mockImplementation(function (
      this: Element,
      selector,
    ) {
      asked.push(this.localName);
      return original.call(this, selector);
    });
    try {
      hl = testHighlighter();
      await hl.start();
      expect(asked.filter((name) => name === 'p')).toEqual([]);
      await hl.setMatcher({ ...testMatcher(TERMS), mayMatch: () => true });
      expect(asked.filter((name) => name === 'p')).toEqual(['p', 'p']);
      expect(marksIn(document.body)).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
