// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { h, marksIn, sleep, structure, testHighlighter, textNodesOf } from './helpers';

const make = () => testHighlighter();
afterEach(() => document.body.replaceChildren());

function article(): HTMLElement {
  const split = h('p', {}, 'Asylsökande ', 'och facket');
  split.append(document.createTextNode(' välfärden'));
  return h(
    'article',
    {},
    h('h1', {}, 'LO: välfärden behöver mer resurser'),
    h('p', {}, 'asyl i början, asylrätt i mitten och flyktingar på slutet'),
    split,
    h('p', {}, 'Ingen träff här, bara text om väder.'),
  );
}

describe('marking twice and unmarking', () => {
  it('marks every match with topic, class and an accessible label', async () => {
    document.body.append(article());
    const hl = make();
    await hl.start();
    const marks = marksIn(document.body);
    expect(marks.map((m) => [m.textContent, m.dataset.fackkollTopic])).toEqual([
      ['LO', 'unions'],
      ['välfärden', 'welfare'],
      ['asyl', 'asylum'],
      ['asylrätt', 'asylum'],
      ['flyktingar', 'asylum'],
      ['facket', 'unions'],
      ['välfärden', 'welfare'],
    ]);
    const first = marks[0] as HTMLElement;
    // Focusable; which mark of a topic is in the tab order is decided when Tab is pressed.
    expect(first.tabIndex).toBe(-1);
    expect(first.getAttribute('role')).toBe('button');
    // Named by its own word and the topic it is marked for (no label given: the topic's name).
    expect(first.getAttribute('aria-label')).toBe(`${first.textContent} (Facket)`);
    expect(first.title).toBe('Facket');
    expect(first.hasAttribute('data-markjs')).toBe(false);
    hl.stop();
  });

  it('changes nothing when the page is scanned again', async () => {
    document.body.append(article());
    const hl = make();
    await hl.start();
    const once = structure(document.body);
    await hl.rescan();
    expect(structure(document.body)).toBe(once);
    const again = make();
    await again.start();
    expect(structure(document.body).replace(/<style[^\]]*\]/g, '')).toBe(once.replace(/<style[^\]]*\]/g, ''));
    again.stop();
    hl.stop();
  });

  it('restores the very same text nodes with the same text', async () => {
    document.body.append(article());
    const before = structure(document.body);
    const nodes = textNodesOf(document.body);
    const texts = nodes.map((n) => n.data);
    const hl = make();
    await hl.start();
    expect(marksIn(document.body).length).toBeGreaterThan(0);
    hl.stop();
    expect(structure(document.body)).toBe(before);
    const after = textNodesOf(document.body);
    expect(after).toHaveLength(nodes.length);
    after.forEach((n, i) => {
      expect(n).toBe(nodes[i]);
      expect(n.data).toBe(texts[i]);
    });
    hl.stop();
  });

  it('leaves nothing behind when stopped: no marks, no style, same text', async () => {
    document.body.append(article());
    const body = structure(document.body);
    const head = structure(document.head);
    const hl = make();
    await hl.start();
    expect(document.head.querySelector('style[data-fackkoll-ui]')).not.toBeNull();
    hl.stop();
    expect(structure(document.body)).toBe(body);
    expect(structure(document.head)).toBe(head);
  });

  it('adds its stylesheet only once there is something to mark, in every root it watches', async () => {
    const host = h('div', {});
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(h('p', {}, 'inget här'));
    document.body.append(h('p', {}, 'Vädret blir soligt.'), host);
    const head = structure(document.head);
    const hl = make();
    await hl.start();
    await hl.idle();
    // Nothing to mark: the page carries no trace of the extension.
    expect(structure(document.head)).toBe(head);
    expect(shadow.querySelector('style')).toBeNull();
    document.body.append(h('p', {}, 'Om facket och lönen.'));
    await sleep(20);
    await hl.idle();
    expect(marksIn(document.body)).toHaveLength(1);
    expect(document.head.querySelectorAll('style[data-fackkoll-ui]')).toHaveLength(1);
    expect(shadow.querySelectorAll('style[data-fackkoll-ui]')).toHaveLength(1);
    hl.stop();
    expect(structure(document.head)).toBe(head);
  });

  it('keeps text nodes the page split on purpose apart (no normalize)', async () => {
    const p = h('p', {}, 'Om asyl', ' och om', ' facket');
    document.body.append(p);
    const hl = make();
    await hl.start();
    hl.stop();
    expect([...p.childNodes].map((n) => (n as Text).data)).toEqual(['Om asyl', ' och om', ' facket']);
    hl.stop();
  });

  it('removes all marks from a large page quickly', async () => {
    const words =
      'Nu kräver facket bättre villkor för asylsökande och mer pengar till välfärden i kommunerna.';
    for (let i = 0; i < 500; i++) document.body.append(h('p', {}, words));
    const hl = make();
    await hl.start();
    expect(marksIn(document.body)).toHaveLength(1500);
    const t0 = performance.now();
    hl.stop();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(marksIn(document.body)).toHaveLength(0);
    expect(document.body.textContent).toBe(words.repeat(500));
    hl.stop();
  });
});
