// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { highlightCss } from '../../../../core/highlight';
import { lineShade } from '../../../../core/settings/contrast';
import { h, marksIn, sleep, TERMS, testHighlighter, testMatcher } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

async function marked() {
  document.body.append(
    h('p', {}, 'LO vill se mer asyl-politik, säger facket om välfärden och asylrätten.'),
    h('p', {}, 'Mer om välfärden.'),
  );
  const hl = testHighlighter();
  await hl.start();
  return hl;
}

const topics = () => marksIn(document.body).map((m) => m.dataset.fackkollTopic);

describe('live settings', () => {
  it('removes the marks of a topic switched off at once, keeping the others and the text', async () => {
    const hl = await marked();
    const text = document.body.textContent;
    expect(topics()).toEqual(['unions', 'asylum', 'unions', 'welfare', 'asylum', 'welfare']);
    const welfare = marksIn(document.body).at(-1);
    void hl.setMatcher(testMatcher({ ...TERMS, asylum: [] }), (topic) => topic === 'asylum');
    expect(topics()).toEqual(['unions', 'unions', 'welfare', 'welfare']);
    expect(document.body.textContent).toBe(text);
    // Marks of other text nodes are not rebuilt.
    expect(marksIn(document.body).includes(welfare as HTMLElement)).toBe(true);
    hl.stop();
  });

  it('marks a topic switched back on', async () => {
    const hl = await marked();
    void hl.setMatcher(testMatcher({ ...TERMS, unions: [] }), (topic) => topic === 'unions');
    expect(topics()).not.toContain('unions');
    await hl.setMatcher(testMatcher(TERMS));
    expect(topics()).toEqual(['unions', 'asylum', 'unions', 'welfare', 'asylum', 'welfare']);
    hl.stop();
  });

  it('removes the marks of one dismissed term of a topic, and brings them back when it is undone', async () => {
    const hl = await marked();
    const all = testMatcher(TERMS);
    const without = {
      ...all,
      topicOf: (matched: string) => (matched === 'asylrätten' ? undefined : all.topicOf(matched)),
    };
    void hl.setMatcher(without, (topic, text) => topic === 'asylum' && text === 'asylrätten');
    expect(marksIn(document.body).map((m) => m.textContent)).not.toContain('asylrätten');
    expect(topics()).toEqual(['unions', 'asylum', 'unions', 'welfare', 'welfare']);
    await hl.setMatcher(all);
    expect(marksIn(document.body).map((m) => m.textContent)).toContain('asylrätten');
    hl.stop();
  });

  it('restyles through the stylesheet without touching a mark', async () => {
    const hl = await marked();
    const marks = marksIn(document.body);
    const style = document.head.querySelector('style[data-fackkoll-ui]') as HTMLStyleElement;
    expect(style.textContent).toContain('#9cd3ff');
    hl.setAppearance({ style: 'outline', topics: [{ id: 'asylum', name: 'Asyl', color: '#c0ffee' }] });
    // An outline is drawn in the colour's line shade (3:1 on white), not the colour itself.
    expect(style.textContent).toContain(`outline:2px solid ${lineShade('#c0ffee')}`);
    expect(style.textContent).not.toContain('#9cd3ff');
    expect(marksIn(document.body)).toEqual(marks);
    hl.stop();
  });
});

describe('stylesheet', () => {
  it('keeps text dark on the fill, gives topics different line styles, and refuses unsafe values', () => {
    const css = highlightCss({
      style: 'fill',
      topics: [
        { id: 'a', name: 'A', color: '#ffffff' },
        { id: 'b', name: 'B', color: '#000000' },
        { id: 'x"]{}body{display:none', name: 'X', color: '#000000' },
        { id: 'c', name: 'C', color: 'red;background:url(x)' },
      ],
    });
    expect(css).toContain('color:#111');
    expect(css).toMatch(/"a"\]\{[^}]*underline solid/);
    expect(css).toMatch(/"b"\]\{[^}]*underline dashed/);
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('url(');
    expect(css).toContain('prefers-reduced-motion');
  });
});

describe('shadow roots, order and activation', () => {
  it('marks open shadow roots, lists occurrences in page order and flashes them', async () => {
    const host = h('div', {});
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(h('p', {}, 'asyl i skuggan'));
    document.body.append(h('p', {}, 'asyl först'), host, h('p', {}, 'asyl sist'));
    const hl = testHighlighter();
    await hl.start();
    await hl.idle();
    expect(marksIn(shadow)).toHaveLength(1);
    expect(shadow.querySelector('style[data-fackkoll-ui]')).not.toBeNull();
    expect(hl.counts()).toEqual([{ topic: 'asylum', count: 3 }]);
    // Occurrences go in page order, the shadow root's where its host is.
    const all = [...marksIn(document.body), ...marksIn(shadow)];
    const flashed = () => all.filter((m) => m.classList.contains('fackkoll-flash'));
    const order: (string | null | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const before = flashed();
      expect(hl.showOccurrence('asylum', i)).toEqual({ index: i, total: 3 });
      order.push(flashed().find((m) => !before.includes(m))?.parentNode?.textContent);
    }
    expect(order).toEqual(['asyl först', 'asyl i skuggan', 'asyl sist']);
    expect(hl.showOccurrence('asylum', -1)).toEqual({ index: 2, total: 3 });
    expect(hl.showOccurrence('unions', 0)).toBeNull();
    hl.stop();
    expect(shadow.querySelector('style')).toBeNull();
  });

  it('tells the card when a mark is clicked or activated with Enter', async () => {
    document.body.append(h('p', {}, 'Om facket.'));
    const seen: string[] = [];
    const hl = testHighlighter({ flushDelayMs: 30 });
    hl.on('activate', ({ topic, event }) => seen.push(`${event.type}:${topic}`));
    await hl.start();
    const mark = marksIn(document.body)[0] as HTMLElement;
    // happy-dom marks every dispatched event untrusted; the browser marks the user's own as trusted.
    const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
    const click = () => user(new MouseEvent('click', { bubbles: true, composed: true }));
    const key = (k: string) => user(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    mark.dispatchEvent(click());
    mark.dispatchEvent(key('Enter'));
    mark.dispatchEvent(key('a'));
    expect(seen).toEqual(['click:unions', 'keydown:unions']);

    // A page script clicking our mark, or the user clicking a mark the page forged, opens nothing.
    mark.click();
    const forged = mark.cloneNode(true) as HTMLElement;
    document.body.append(forged);
    forged.dispatchEvent(click());
    expect(seen).toHaveLength(2);

    hl.stop();
    mark.dispatchEvent(click());
    expect(seen).toHaveLength(2);
  });
});

describe('scheduling', () => {
  it('yields to the page while scanning a large document', async () => {
    for (let i = 0; i < 1000; i++) document.body.append(h('p', {}, `Stycke ${i} om asyl och välfärden.`));
    const hl = testHighlighter({ flushDelayMs: 30, sliceMs: 2 });
    let pageTurns = 0;
    const done = hl.start().then(() => 'done');
    const ticker = (async () => {
      while ((await Promise.race([done, sleep(0).then(() => 'tick')])) === 'tick') pageTurns++;
    })();
    await done;
    await ticker;
    expect(pageTurns).toBeGreaterThan(2);
    expect(marksIn(document.body)).toHaveLength(2000);
    hl.stop();
  });

  it("gives each topic one tab stop, and the arrow keys move it between the topic's marks", async () => {
    document.body.append(h('p', {}, 'Om facket. Om facket igen, och facket.'));
    const hl = testHighlighter({ flushDelayMs: 30, settleEveryMs: 0 });
    const settled = new Promise<void>((resolve) => hl.on('settled', () => resolve()));
    await hl.start();
    await settled;
    const marks = marksIn(document.body) as HTMLElement[];
    expect(marks.length).toBe(3);
    // Nothing is paid for the tab order until the keyboard needs it.
    expect(marks.map((m) => m.tabIndex)).toEqual([-1, -1, -1]);
    const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
    const key = (k: string) => user(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    document.body.dispatchEvent(key('Tab'));
    expect(marks.map((m) => m.tabIndex)).toEqual([0, -1, -1]);
    marks[0]?.dispatchEvent(key('ArrowRight'));
    expect(marks.map((m) => m.tabIndex)).toEqual([-1, 0, -1]);
    expect(document.activeElement).toBe(marks[1]);
    marks[1]?.dispatchEvent(key('End'));
    expect(document.activeElement).toBe(marks[2]);
    // Wraps around, as the popup's occurrence steps do.
    marks[2]?.dispatchEvent(key('ArrowRight'));
    expect(document.activeElement).toBe(marks[0]);
    expect(marks.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    hl.stop();
  });

  it('finds the topic a new tab stop when the page removes the paragraph that held it', async () => {
    const first = h('p', {}, 'Om facket.');
    document.body.append(first, h('p', {}, 'Och facket igen.'));
    const hl = testHighlighter({ flushDelayMs: 30, settleEveryMs: 0 });
    await hl.start();
    const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
    const tab = () =>
      document.body.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
    tab();
    expect((marksIn(first)[0] as HTMLElement).tabIndex).toBe(0);
    // No mark is touched by this removal, so no settle follows it.
    first.remove();
    tab();
    expect(marksIn(document.body).map((m) => (m as HTMLElement).tabIndex)).toEqual([0]);
    hl.stop();
  });

  it('opens the card, not the link, on a plain click on a mark inside a link', async () => {
    const link = h('a', { href: 'https://example.se/artikel' }, 'Om facket');
    document.body.append(h('p', {}, link));
    const seen: string[] = [];
    const hl = testHighlighter({ flushDelayMs: 30 });
    hl.on('activate', ({ topic }) => seen.push(topic));
    await hl.start();
    const mark = marksIn(document.body)[0] as HTMLElement;
    const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
    const plain = user(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    mark.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(true);
    expect(seen).toEqual(['unions']);
    // Ctrl-click means "open the link in a new tab": the page's own behaviour, no card.
    const ctrl = user(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }),
    );
    mark.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(false);
    expect(seen).toEqual(['unions']);
    hl.stop();
  });
});
