import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard } from '../../../../../entrypoints/content/card/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const word = (top: number, left: number) => ({ top, left, bottom: top + 20, right: left + 80 });

describe('placeCard', () => {
  it('goes below the word when it fits there', () => {
    expect(placeCard(word(100, 200), card, viewport)).toEqual({ top: 120 + GAP, left: 200, side: 'below' });
  });

  it('goes above the word near the bottom of the viewport, ending above the word', () => {
    const place = placeCard(word(700, 200), card, viewport);
    expect(place.side).toBe('above');
    expect(place.top + card.height).toBe(700 - GAP);
  });

  it('never covers the word, whichever side it takes', () => {
    for (let top = 0; top < 800; top += 37) {
      const w = word(top, 50);
      const place = placeCard(w, card, viewport);
      const cardBottom = place.top + card.height;
      expect(cardBottom <= w.top || place.top >= w.bottom).toBe(true);
    }
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard(word(100, 900), card, viewport).left).toBe(1000 - MARGIN - 360);
    expect(placeCard(word(100, -40), card, viewport).left).toBe(MARGIN);
    expect(placeCard(word(100, 10), { width: 344, height: 200 }, { width: 360, height: 640 }).left).toBe(
      MARGIN,
    );
  });
});
