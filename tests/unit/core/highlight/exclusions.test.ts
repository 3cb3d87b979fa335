// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { h, marksIn, testHighlighter } from './helpers';

const make = () => testHighlighter();
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

describe('exclusions', () => {
  it('marks article text but nothing in scripts, styles, form fields, code, svg or editable areas', async () => {
    const editable = h(
      'div',
      { contenteditable: 'true' },
      'Min kommentar om asyl ',
      h('b', {}, 'och facket'),
    );
    const input = h('input', { value: 'asyl' });
    document.body.append(
      h('p', {}, 'Regeringen vill skärpa asylreglerna, säger facket.'),
      h('script', {}, 'var asyl = "facket";'),
      h('style', {}, '.asyl { color: red }'),
      h('noscript', {}, 'asyl'),
      h('textarea', {}, 'Jag skrev om asyl'),
      input,
      h('select', {}, h('option', {}, 'asyl')),
      h('pre', {}, h('span', {}, 'asyl i pre')),
      h('code', {}, 'facket'),
      h('svg', {}, h('text', {}, 'asyl')),
      editable,
      h('div', { 'data-fackkoll-ui': 'card' }, h('p', {}, 'asyl i vårt kort')),
      h('fackkoll-card', {}, 'asyl'),
      h('mark', { 'data-markjs': 'true' }, 'asyl'),
    );
    const h1 = make();
    stop = () => h1.stop();
    await h1.start();
    const marks = marksIn(document.body);
    expect(marks.map((m) => m.textContent)).toEqual(['asylreglerna', 'facket']);
    expect(editable.textContent).toBe('Min kommentar om asyl och facket');
    expect(editable.querySelector('mark')).toBeNull();
    expect(document.querySelector('textarea')?.textContent).toBe('Jag skrev om asyl');
  });

  it('skips text that becomes editable later, and unmarks what is inside it', async () => {
    const box = h('div', {}, 'Kommentar: asyl och välfärd');
    document.body.append(box);
    const h1 = make();
    stop = () => h1.stop();
    await h1.start();
    expect(marksIn(box)).toHaveLength(2);
    box.setAttribute('contenteditable', 'true');
    await new Promise((r) => setTimeout(r, 20));
    expect(marksIn(box)).toHaveLength(0);
    expect(box.childNodes).toHaveLength(1);
    expect(box.textContent).toBe('Kommentar: asyl och välfärd');
  });

  it('does not mark inside a document in design mode', async () => {
    document.body.append(h('p', {}, 'asyl'));
    document.designMode = 'on';
    try {
      const h1 = make();
      stop = () => h1.stop();
      await h1.start();
      expect(marksIn(document.body)).toHaveLength(0);
    } finally {
      document.designMode = 'off';
    }
  });

  it('keeps å, ä and ö distinct from a (no diacritics folding)', async () => {
    document.body.append(h('p', {}, 'valfard, välfärd, valfärd'));
    const h1 = make();
    stop = () => h1.stop();
    await h1.start();
    expect(marksIn(document.body).map((m) => m.textContent)).toEqual(['välfärd']);
  });
});
