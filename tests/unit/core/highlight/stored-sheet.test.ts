// @vitest-environment happy-dom
/**
 * The highlight stylesheet a page view made is stored for the next ones (storage/mark-style.ts):
 * it is used only for the look it was made for, a damaged or stale one is made again, and the
 * engine puts in exactly the sheet it is given.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hash53 } from '../../../../core/hash';
import { highlightCss, withSheet } from '../../../../core/highlight';
import { SHEET_FORMAT, styleKey } from '../../../../core/highlight/highlight-css';
import { APPEARANCE, h, marksIn, testHighlighter } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('stored stylesheet', () => {
  it('is made, with what to store, when none is stored, and used when it was made for this look', () => {
    const first = withSheet(APPEARANCE, null);
    expect(first.appearance.css).toBe(highlightCss(APPEARANCE));
    expect(first.made).toEqual({ key: styleKey(APPEARANCE), css: highlightCss(APPEARANCE) });
    const next = withSheet(APPEARANCE, first.made);
    expect(next.made).toBeUndefined();
    expect(next.appearance.css).toBe(first.made?.css);
  });

  it('is made again for another colour, style or set of topics, whatever the names say', () => {
    const { made } = withSheet(APPEARANCE, null);
    const [asylum, ...others] = APPEARANCE.topics;
    const looks = [
      { ...APPEARANCE, style: 'outline' as const },
      { ...APPEARANCE, topics: [{ ...(asylum as (typeof others)[number]), color: '#c0ffee' }, ...others] },
      { ...APPEARANCE, topics: others },
    ];
    for (const look of looks) {
      const again = withSheet(look, made);
      expect(again.made?.css).toBe(highlightCss(look));
      expect(again.appearance.css).toBe(highlightCss(look));
    }
    // Names and labels are not in the sheet: another language reads the same one.
    const renamed = {
      ...APPEARANCE,
      topics: APPEARANCE.topics.map((t) => ({ ...t, name: 'X', label: 'Y' })),
    };
    expect(withSheet(renamed, made).made).toBeUndefined();
  });

  it('is made again when what is stored is damaged', () => {
    for (const damaged of [{}, 'css', { key: styleKey(APPEARANCE) }, { key: 1, css: 'mark{}' }, []]) {
      const { appearance, made } = withSheet(APPEARANCE, damaged);
      expect(made?.css).toBe(highlightCss(APPEARANCE));
      expect(appearance.css).toBe(highlightCss(APPEARANCE));
    }
  });

  it('is not used or stored for quiet marks', () => {
    const quiet = { ...APPEARANCE, quiet: true };
    const { appearance, made } = withSheet(quiet, { key: styleKey(quiet), css: 'mark{color:red}' });
    expect(made).toBeUndefined();
    expect(appearance.css).toBeUndefined();
  });

  it('is keyed by the format of what highlightCss writes', () => {
    // A change to the sheet's rules must raise SHEET_FORMAT (then pin the new hash here): a sheet
    // stored by the version before would otherwise go on being used after an update.
    const written = (['fill', 'underline', 'outline'] as const)
      .map((style) => highlightCss({ ...APPEARANCE, style }))
      .join('\n');
    expect([SHEET_FORMAT, hash53(written)]).toEqual([1, 'a495h6y8y9']);
    expect(styleKey(APPEARANCE)).toContain(`[${SHEET_FORMAT},`);
  });

  it('goes into the page as given', async () => {
    document.body.append(h('p', {}, 'Mer om välfärden.'));
    const css = `${highlightCss(APPEARANCE)}\n/* stored */`;
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
