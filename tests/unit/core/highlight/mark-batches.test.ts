// @vitest-environment happy-dom
/**
 * One mark.js call per batch: each node is searched from the offset the scanner gave, the nodes
 * whose text changed since are searched again, and finding the matches first then making the
 * marks gives the same page as marking in place.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markTextNodes, prepareMarks } from '../../../../core/highlight/mark-text-nodes';
import { SplitRegistry } from '../../../../core/highlight/split-registry';
import { h, marksIn, structure, TERMS, testMatcher } from './helpers';

const matcher = testMatcher(TERMS);
const context = (registry: SplitRegistry) => ({
  registry,
  matcher,
  topicName: (t: string) => t.toUpperCase(),
  topicLabel: (t: string) => `marked for ${t.toUpperCase()}`,
});

function page(): Text[] {
  const texts = ['LO och välfärden', 'inget här alls', 'asyl, facket och asylsökande', 'välfärd'];
  document.body.replaceChildren(...texts.map((t) => h('p', {}, t)));
  return [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
}

const candidate = (node: Text) => ({ node, at: node.data.search(matcher.cursor), data: node.data });

afterEach(() => document.body.replaceChildren());

describe('marking a batch', () => {
  it('marks every match of every node, starting where the scanner found the first one', () => {
    const nodes = page();
    const made = markTextNodes(
      nodes.filter((n) => n.data.search(matcher.cursor) >= 0).map(candidate),
      context(new SplitRegistry()),
    );
    expect(made).toBe(6);
    expect(marksIn(document.body).map((m) => `${m.textContent}:${m.dataset.fackkollTopic}`)).toEqual([
      'LO:unions',
      'välfärden:welfare',
      'asyl:asylum',
      'facket:unions',
      'asylsökande:asylum',
      'välfärd:welfare',
    ]);
    expect(marksIn(document.body).map((m) => m.getAttribute('aria-label'))).toEqual(
      marksIn(document.body).map((m) => `${m.textContent} (marked for ${m.title})`),
    );
    expect(marksIn(document.body).map((m) => m.title)).toEqual([
      'UNIONS',
      'WELFARE',
      'ASYLUM',
      'UNIONS',
      'ASYLUM',
      'WELFARE',
    ]);
  });

  it('asks about the slow path only for a text whose first match the cursor did not give', () => {
    const slowMatches = vi.fn(() => undefined);
    const withSlowPath = { ...context(new SplitRegistry()), matcher: { ...matcher, slowMatches } };
    const [first, , third] = page() as [Text, Text, Text];
    const found = { node: first, at: 0, end: 2, data: first.data };
    markTextNodes([found, candidate(third)], withSlowPath);
    expect(slowMatches.mock.calls).toEqual([['asyl, facket och asylsökande']]);
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual([
      'LO',
      'välfärden',
      'asyl',
      'facket',
      'asylsökande',
    ]);

    const [again, , changed] = page() as [Text, Text, Text];
    const stale = { node: changed, at: 0, end: 4, data: changed.data };
    changed.data = 'nu bara välfärden';
    slowMatches.mockClear();
    prepareMarks([{ node: again, at: 0, end: 2, data: again.data }, stale], withSlowPath).apply();
    expect(slowMatches.mock.calls).toEqual([['nu bara välfärden']]);
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['LO', 'välfärden', 'välfärden']);
  });

  it('does not search text before the given offset', () => {
    const [first] = page();
    // The scanner says the first match starts at "välfärden": "LO" before it stays unmarked.
    markTextNodes([{ node: first as Text, at: 3, data: (first as Text).data }], context(new SplitRegistry()));
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['välfärden']);
  });

  it('searches a node again when the page changed its text since the scan', () => {
    const [first, , third] = page();
    const stale = candidate(third as Text);
    (third as Text).data = 'nu bara välfärden';
    markTextNodes([candidate(first as Text), stale], context(new SplitRegistry()));
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['LO', 'välfärden', 'välfärden']);
  });

  it('makes the marks found first exactly as marking in place would', () => {
    const inPlace = page();
    markTextNodes(
      inPlace.map(candidate).filter((c) => c.at >= 0),
      context(new SplitRegistry()),
    );
    const expected = structure(document.body);

    const nodes = page();
    const registry = new SplitRegistry();
    const prepared = prepareMarks(
      nodes.map(candidate).filter((c) => c.at >= 0),
      context(registry),
    );
    expect(marksIn(document.body)).toHaveLength(0);
    expect(prepared.apply()).toBe(6);
    expect(structure(document.body)).toBe(expected);
    // The page's own text nodes are the heads of what we split.
    for (const node of nodes.filter((n) => n.nextSibling)) expect(registry.headOf(node)).toBe(node);
  });

  it('touches nothing until apply, then skips the nodes the page changed or removed meanwhile', () => {
    const nodes = page();
    const before = structure(document.body);
    const prepared = prepareMarks(
      nodes.map(candidate).filter((c) => c.at >= 0),
      context(new SplitRegistry()),
    );
    expect(structure(document.body)).toBe(before);
    const [first, , third, fourth] = nodes;
    (first as Text).data = 'nu bara välfärden';
    (fourth as Text).parentElement?.remove();
    // Only "asyl, facket och asylsökande" is marked as found; the changed node waits for its
    // mutation's own scan.
    expect(prepared.apply()).toBe(3);
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['asyl', 'facket', 'asylsökande']);
    expect((third as Text).data).toBe('');
    expect((first as Text).data).toBe('nu bara välfärden');
  });
});

describe('finding a batch first', () => {
  it('does not search text before the given offset', () => {
    const [first] = page();
    prepareMarks(
      [{ node: first as Text, at: 3, data: (first as Text).data }],
      context(new SplitRegistry()),
    ).apply();
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['välfärden']);
  });

  it('marks a node listed twice once, as marking in place does', () => {
    const [, , third] = page();
    markTextNodes([candidate(third as Text), candidate(third as Text)], context(new SplitRegistry()));
    const expected = structure(document.body);
    const [, , again] = page();
    const prepared = prepareMarks(
      [candidate(again as Text), candidate(again as Text)],
      context(new SplitRegistry()),
    );
    expect(prepared.nodes).toBe(1);
    expect(prepared.apply()).toBe(3);
    expect(structure(document.body)).toBe(expected);
  });

  it('searches again with the matcher in force when it changed before the marks went in', () => {
    const before = testMatcher({ unions: ['LO facket', 'facket'] });
    const after = testMatcher({ unions: ['facket'] });
    document.body.replaceChildren(h('p', {}, 'LO facket i dag'));
    const node = document.querySelector('p')?.firstChild as Text;
    const live = { ...context(new SplitRegistry()), matcher: before };
    const prepared = prepareMarks([{ node, at: 0, data: node.data }], live);
    live.matcher = after;
    expect(prepared.apply()).toBe(1);
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['facket']);
  });

  it('says when a batch has nothing to mark', () => {
    const [, second] = page();
    expect(prepareMarks([{ node: second as Text }], context(new SplitRegistry())).nodes).toBe(0);
  });
});

describe('forgetting removed chains', () => {
  it('prunes at most once a second', () => {
    const [first, , third] = page();
    const registry = new SplitRegistry();
    markTextNodes([candidate(first as Text)], context(registry));
    (first as Text).parentElement?.remove();
    registry.pruneNowAndThen(10_000);
    expect(registry.heads()).toEqual([]);

    markTextNodes([candidate(third as Text)], context(registry));
    (third as Text).parentElement?.remove();
    registry.pruneNowAndThen(10_500);
    expect(registry.heads()).toEqual([third]);
    registry.pruneNowAndThen(11_000);
    expect(registry.heads()).toEqual([]);
  });
});
