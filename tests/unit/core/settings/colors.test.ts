/**
 * No colour reachable from the UI leaves highlighted text below 4.5:1: the palette, the pack
 * colours and any custom input (checked over every 5-bit-per-channel colour and 5 000 random
 * ones) end up, where the page sees them, as a readable shade; and topics keep colours apart.
 */
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../../core/highlight/highlight-css';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { chooseColor, takenBy } from '../../../../core/settings/color-choice';
import {
  colorDistance,
  contrastRatio,
  lineShade,
  MARK_TEXT_COLOR,
  MIN_CONTRAST,
  MIN_DISTANCE,
  MIN_LINE_CONTRAST,
  readableShade,
} from '../../../../core/settings/contrast';
import { PALETTE } from '../../../../core/settings/palette';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { topicColor, withTopicPref } from '../../../../core/settings/topics';

const hex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** Every colour with channels in steps of 8 (32 768 of them), then random full-range ones. */
function* colors(): Generator<string> {
  for (let r = 0; r < 256; r += 8)
    for (let g = 0; g < 256; g += 8) for (let b = 0; b < 256; b += 8) yield hex(r, g, b);
  let seed = 19;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % 256;
  };
  for (let i = 0; i < 5_000; i++) yield hex(next(), next(), next());
}

const readable = (color: string) => contrastRatio(color, MARK_TEXT_COLOR) >= MIN_CONTRAST;

describe('readable shade', () => {
  it('keeps every colour that is readable as it is', () => {
    for (const { color } of PALETTE) expect(readableShade(color)).toBe(color);
    for (const topic of BUNDLED_PACK.topics) expect(readableShade(topic.color)).toBe(topic.color);
  });

  it('turns any colour into one with #111 text at 4.5:1 or more', () => {
    let shaded = 0;
    for (const color of colors()) {
      const shade = readableShade(color);
      if (!readable(shade)) throw new Error(`${color} → ${shade}: ${contrastRatio(shade, MARK_TEXT_COLOR)}`);
      if (shade !== color) shaded++;
    }
    // The check covers dark colours, not only light ones that pass unchanged.
    expect(shaded).toBeGreaterThan(10_000);
  });

  it('is the nearest such shade: a percent less lightening would not be readable', () => {
    const mixed = (color: string, t: number) =>
      hex(
        ...([1, 3, 5].map((i) => {
          const c = Number.parseInt(color.slice(i, i + 2), 16);
          return Math.round(c + (255 - c) * t);
        }) as [number, number, number]),
      );
    for (const color of ['#1a237e', '#000000', '#7f0000', '#336699', '#5a5a5a']) {
      const shade = readableShade(color);
      const t = [...Array(101).keys()].find((k) => mixed(color, k / 100) === shade) ?? -1;
      expect(t, color).toBeGreaterThan(0);
      expect(readable(mixed(color, (t - 1) / 100)), color).toBe(false);
    }
    // The colour the issue reported (#1a237e, 1.4:1) keeps its hue: blue stays the largest channel.
    const shade = readableShade('#1a237e');
    expect(Number.parseInt(shade.slice(5, 7), 16)).toBeGreaterThan(Number.parseInt(shade.slice(1, 3), 16));
  });

  it('leaves what is not #rrggbb to the schema and the stylesheet fallback', () => {
    expect(readableShade('red')).toBe('red');
  });

  it('computes WCAG contrast as the reference figures give it, and the reported shade exactly', () => {
    // WCAG's own examples: black on white 21:1; #767676 is the lightest grey at 4.5:1 on white.
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#AbCdEf', '#abcdef')).toBe(1);
    expect(readableShade('#1a237e')).toBe('#7379b0');
    expect(readableShade('#1A237E')).toBe('#7379b0');
    // Lines need 3:1 on white: white darkened in 1 % steps first reaches it at #949494 (3.03:1).
    expect(lineShade('#ffffff')).toBe('#949494');
    expect(contrastRatio('#949494', '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#979797', '#ffffff')).toBeLessThan(3);
  });
});

describe('what the page is given', () => {
  it('a stored dark colour reaches the page as its readable shade', () => {
    const settings = withTopicPref(DEFAULT_SETTINGS, 'asylum', { color: '#1a237e' });
    const asylum = BUNDLED_PACK.topics.find((t) => t.id === 'asylum');
    if (!asylum) throw new Error('no asylum topic');
    expect(topicColor(settings, asylum)).toBe(readableShade('#1a237e'));
  });

  it('the stylesheet never fills with a colour that fails 4.5:1, whatever it is handed', () => {
    const topics = ['#1a237e', '#000000', '#ffffff', '#ff0000', '#123456', 'javascript:'].map((color, i) => ({
      id: `topic-${i}`,
      name: `T${i}`,
      color,
    }));
    const css = highlightCss({ style: 'fill', topics });
    const fills = [...css.matchAll(/background-color:(#[0-9a-f]{6})!important/g)].map((m) => m[1] ?? '');
    expect(fills).toHaveLength(topics.length + 1);
    for (const fill of fills) expect(readable(fill), fill).toBe(true);
  });

  it('draws lines in the topic hue with 3:1 on white, distinct between the bundled topics', () => {
    const css = highlightCss({
      style: 'underline',
      topics: BUNDLED_PACK.topics.map((t) => ({ ...t, name: t.id })),
    });
    const lines = [...css.matchAll(/text-decoration:underline (\w+) 3px (#[0-9a-f]{6})!important/g)];
    const strokes = lines.map((m) => m[2] ?? '');
    // The fallback rule and one per topic.
    expect(strokes).toHaveLength(BUNDLED_PACK.topics.length + 1);
    for (const stroke of strokes)
      expect(contrastRatio(stroke, '#ffffff')).toBeGreaterThanOrEqual(MIN_LINE_CONTRAST);
    // Pattern and colour together: two topics with the same line pattern differ in line colour.
    const topicLines = lines.slice(1);
    for (const [i, a] of topicLines.entries())
      for (const b of topicLines.slice(i + 1))
        if (a[1] === b[1])
          expect(colorDistance(a[2] ?? '', b[2] ?? ''), `${a[2]} ${b[2]}`).toBeGreaterThan(MIN_DISTANCE);
    expect(lineShade('#ffe066')).not.toBe(lineShade('#9cd3ff'));
  });
});

describe('colour choice', () => {
  const topics = [
    { id: 'welfare', name: 'Välfärd', color: '#ffb8d1' },
    { id: 'tax-cuts', name: 'Skattesänkningar', color: '#ffe066' },
    { id: 'asylum', name: 'Asyl', color: '#9cd3ff' },
  ];

  it('applies a free readable colour as it is, and a dark one as its readable shade', () => {
    expect(chooseColor('welfare', '#C0FFEE', topics)).toEqual({
      kind: 'apply',
      changes: [{ id: 'welfare', color: '#c0ffee' }],
      shaded: false,
    });
    expect(chooseColor('welfare', '#1a237e', topics)).toEqual({
      kind: 'apply',
      changes: [{ id: 'welfare', color: readableShade('#1a237e') }],
      shaded: true,
    });
  });

  it('swaps with the topic that has the colour, so the two never share one (Gul for Välfärd)', () => {
    const choice = chooseColor('welfare', '#ffe066', topics);
    expect(choice).toEqual({
      kind: 'apply',
      changes: [
        { id: 'welfare', color: '#ffe066' },
        { id: 'tax-cuts', color: '#ffb8d1' },
      ],
      swappedWith: topics[1],
      shaded: false,
    });
    // A colour merely close to another topic's counts as taken too.
    expect(chooseColor('welfare', '#ffe16a', topics)).toMatchObject({ swappedWith: { id: 'tax-cuts' } });
    expect(takenBy('#ffe066', 'welfare', topics)?.name).toBe('Skattesänkningar');
    expect(takenBy('#ffe066', 'tax-cuts', topics)).toBeUndefined();
    expect(takenBy('#a8e6a1', 'welfare', topics)).toBeUndefined();
  });

  it('refuses when a swap would still leave two topics alike', () => {
    // Asylum's current colour is next to a third topic's: handing it over would clash there.
    const crowded = [...topics, { id: 'immigration', name: 'Invandring', color: '#9cd4ff' }];
    expect(chooseColor('asylum', '#ffe066', crowded)).toEqual({ kind: 'refused', clash: topics[1] });
    // Two topics near the chosen colour: no single swap separates all three.
    const two = [...topics, { id: 'unions', name: 'Facket', color: '#ffe06a' }];
    expect(chooseColor('welfare', '#ffe066', two)).toMatchObject({ kind: 'refused' });
  });

  it('over every palette colour for every bundled topic, leaves all topics readable and apart', () => {
    const owners = BUNDLED_PACK.topics.map((t) => ({ id: t.id, name: t.id, color: t.color }));
    for (const topic of owners) {
      for (const { color } of PALETTE) {
        const choice = chooseColor(topic.id, color, owners);
        if (choice.kind === 'refused') continue;
        const after = owners.map((o) => ({
          ...o,
          color: choice.changes.find((c) => c.id === o.id)?.color ?? o.color,
        }));
        for (const [i, a] of after.entries()) {
          expect(readable(a.color), a.color).toBe(true);
          for (const b of after.slice(i + 1))
            expect(
              colorDistance(a.color, b.color),
              `${topic.id} → ${color}: ${a.id} ${b.id}`,
            ).toBeGreaterThanOrEqual(MIN_DISTANCE);
        }
      }
    }
  });

  it('no two palette colours are too close to tell apart', () => {
    for (const [i, a] of PALETTE.entries())
      for (const b of PALETTE.slice(i + 1))
        expect(colorDistance(a.color, b.color), `${a.id} ${b.id}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });
});
