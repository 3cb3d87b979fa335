// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../../../core/highlight/leftovers';

const PAGE =
  'Kommunen sparar på <mark class="fackkoll-mark" data-fackkoll-topic="welfare">välfärden</mark> i år.';

function setUp(withOurStyle: boolean): void {
  document.head.replaceChildren();
  document.body.replaceChildren();
  if (withOurStyle) {
    const style = document.createElement('style');
    style.setAttribute('data-fackkoll-ui', 'highlight-style');
    document.head.append(style);
  }
  const p = document.createElement('p');
  // Built node by node, as mark.js leaves it: text, mark, text.
  const [before, word, after] = ['Kommunen sparar på ', 'välfärden', ' i år.'];
  const mark = document.createElement('mark');
  mark.className = 'fackkoll-mark';
  mark.setAttribute('data-fackkoll-topic', 'welfare');
  mark.textContent = word as string;
  p.append(before as string, mark, after as string);
  const card = document.createElement('fackkoll-card');
  card.setAttribute('data-fackkoll-ui', 'card');
  document.body.append(p, card);
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('removeLeftovers', () => {
  it('clears marks, stylesheet and card of an earlier copy and restores the text', () => {
    setUp(true);
    expect(removeLeftovers(document)).toBe(1);
    const p = document.querySelector('p') as HTMLElement;
    expect(p.childNodes).toHaveLength(1);
    expect(p.textContent).toBe(PAGE.replace(/<[^>]+>/g, ''));
    expect(document.querySelector('[data-fackkoll-ui]')).toBeNull();
  });

  it('leaves marks alone when our stylesheet is absent: the page may have forged them', () => {
    setUp(false);
    expect(removeLeftovers(document)).toBe(0);
    expect(document.querySelectorAll('mark.fackkoll-mark')).toHaveLength(1);
    expect(document.querySelector('fackkoll-card')).not.toBeNull();
  });
});
