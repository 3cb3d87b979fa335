// @vitest-environment happy-dom
/**
 * The colour math behind the highlight stylesheet is done once per set of topic colours and
 * stored for the next page views (storage/mark-style.ts): stored shades are used only for the
 * colours and version they were worked out for, checked colour by colour, and the engine puts in
 * exactly the sheet it is given.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hash53 } from '../../../../core/hash';
import { highlightCss, withSheet } from '../../../../core/highlight';
import {
  FALLBACK_COLOR,
  FALLBACK_STROKE,
  SHEET_FORMAT,
  styleKey,
  topicShades,
} from '../../../../core/highlight/highlight-css';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { lineShade } from '../../../../core/settings/contrast';
import { APPEARANCE, h, marksIn, testHighlighter } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

const STYLES = ['fill', 'underline', 'outline'] as const;

describe('stored shades', () => {
  it('are worked out, with what to store, when none are stored, and used when they fit', () => {
    const first = withSheet(APPEARANCE, null, '1.0.0');
    expect(first.appearance.css).toBe(highlightCss(APPEARANCE));
    expect(first.made).toEqual({ key: styleKey(APPEARANCE, '1.0.0'), shades: topicShades(APPEARANCE) });
    for (const style of STYLES) {
      // The style is written from the same shades: nothing to work out again.
      const next = withSheet({ ...APPEARANCE, style }, first.made, '1.0.0');
      expect(next.made).toBeUndefined();
      expect(next.appearance.css).toBe(highlightCss({ ...APPEARANCE, style }));
    }
  });

  it('are worked out again for other colours, topics, order or version, whatever the names say', () => {
    const { made } = withSheet(APPEARANCE, null, '1.0.0');
    const [asylum, unions, welfare] = APPEARANCE.topics as [
      (typeof APPEARANCE.topics)[number],
      (typeof APPEARANCE.topics)[number],
      (typeof APPEARANCE.topics)[number],
    ];
    const looks = [
      { ...APPEARANCE, topics: [{ ...asylum, color: '#c0ffee' }, unions, welfare] },
      { ...APPEARANCE, topics: [unions, welfare] },
      { ...APPEARANCE, topics: [unions, asylum, welfare] },
      { ...APPEARANCE, topics: [{ ...asylum, id: 'unions' }, { ...unions, id: 'asylum' }, welfare] },
    ];
    for (const look of looks) {
      const again = withSheet(look, made, '1.0.0');
      expect(again.made?.shades).toEqual(topicShades(look));
      expect(again.appearance.css).toBe(highlightCss(look));
    }
    expect(withSheet(APPEARANCE, made, '1.0.1').made).toBeDefined();
    // Names and labels are not in the sheet: another language reads the same shades.
    const renamed = {
      ...APPEARANCE,
      topics: APPEARANCE.topics.map((t) => ({ ...t, name: 'X', label: 'Y' })),
    };
    expect(withSheet(renamed, made, '1.0.0').made).toBeUndefined();
  });

  it('are worked out again when what is stored is damaged, and never carry anything but colours', () => {
    const key = styleKey(APPEARANCE);
    const good = topicShades(APPEARANCE);
    const damaged = [
      {},
      'css',
      [],
      { key },
      { key, shades: {} },
      { key, shades: good.slice(1) },
      { key, shades: [null, ...good.slice(1)] },
      { key, shades: good.map((s, i) => (i === 0 ? { ...s, color: 'red;background:url(x)' } : s)) },
      { key, shades: good.map((s, i) => (i === 0 ? { ...s, stroke: '#fff}body{display:none' } : s)) },
      { key, shades: good.map((s, i) => (i === 0 ? { ...s, line: 'solid;x:url(y)' } : s)) },
      { key, shades: good.map((s, i) => (i === 0 ? { ...s, id: 'x"]{}' } : s)) },
    ];
    for (const stored of damaged) {
      const { appearance, made } = withSheet(APPEARANCE, stored);
      expect(made?.shades).toEqual(good);
      expect(appearance.css).toBe(highlightCss(APPEARANCE));
    }
  });

  it('are not used or stored for quiet marks', () => {
    const quiet = { ...APPEARANCE, quiet: true };
    const { appearance, made } = withSheet(quiet, withSheet(APPEARANCE, null).made);
    expect(made).toBeUndefined();
    expect(appearance.css).toBeUndefined();
  });

  it('are keyed by how the colours are worked out, and the sheet by what it writes', () => {
    // A change to the shades the bundled topics get must raise SHEET_FORMAT (then pin the new
    // hash here): shades stored by the version before would otherwise go on being used.
    const topics = BUNDLED_PACK.topics.map((t) => ({ id: t.id, name: t.name.sv, color: t.color }));
    expect(topics.length).toBeGreaterThan(4);
    expect([SHEET_FORMAT, hash53(JSON.stringify(topicShades({ style: 'fill', topics })))]).toEqual([
      1,
      'w1kf6bmt91',
    ]);
    expect(styleKey(APPEARANCE)).toContain(`[${SHEET_FORMAT},`);
    // The sheet as written before its shades could be stored (same bytes in all three styles).
    const written = STYLES.map((style) => highlightCss({ ...APPEARANCE, style })).join('\n');
    expect(hash53(written)).toBe('a495h6y8y9');
    expect(FALLBACK_STROKE).toBe(lineShade(FALLBACK_COLOR));
  });

  it('go into the page as the sheet given', async () => {
    document.body.append(h('p', {}, 'Mer om välfärden.'));
    const css = `${highlightCss(APPEARANCE)}\n/* given */`;
    const hl = testHighlighter({ appearance: { ...APPEARANCE, css } });
    await hl.start();
    expect(marksIn(document.body)).toHaveLength(1);
    expect(document.head.querySelector('style[data-fackkoll-ui]')?.textContent).toBe(css);
    // Quiet marks take the quiet sheet, whatever sheet comes with them.
    hl.setAppearance({ ...APPEARANCE, css, quiet: true });
    expect(document.head.querySelector('style[data-fackkoll-ui]')?.textContent).toBe(
      highlightCss({ ...APPEARANCE, quiet: true }),
    );
    hl.stop();
  });
});
