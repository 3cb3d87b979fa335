// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { precedes, sortInDocumentOrder } from '../../../../core/highlight/document-order';

/** A page of nested blocks, one with an open shadow root, and marks strewn through both. */
function page(seed: number): HTMLElement[] {
  document.body.replaceChildren();
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const containers: ParentNode[] = [document.body];
  const marks: HTMLElement[] = [];
  for (let i = 0; i < 60; i++) {
    const parent = containers[Math.floor(next() * containers.length)] as ParentNode;
    const roll = next();
    if (roll < 0.3) {
      const div = document.createElement('div');
      parent.append(div);
      containers.push(div);
    } else if (roll < 0.35 && parent instanceof HTMLElement && !parent.shadowRoot) {
      containers.push(parent.attachShadow({ mode: 'open' }));
    } else {
      const mark = document.createElement('mark');
      // Prepend as often as append: creation order must not be document order.
      if (next() < 0.5) parent.prepend(mark);
      else parent.append(mark);
      marks.push(mark);
    }
  }
  return marks;
}

describe('precedes', () => {
  it('agrees with the full sort on every pair, shadow roots included', () => {
    let pairs = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const sorted = sortInDocumentOrder(page(seed));
      for (const [i, a] of sorted.entries()) {
        for (const [j, b] of sorted.entries()) {
          expect(precedes(a, b), `seed ${seed}: ${i} before ${j}`).toBe(i < j);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(10_000);
  });
});
