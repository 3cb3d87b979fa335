// @vitest-environment happy-dom
/**
 * "Show highlights on the page" off: the page is read and its matches counted and found, but the
 * marks are plain text to the eye, to assistive technology and to the mouse.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { highlightCss } from '../../../../core/highlight';
import { APPEARANCE, h, marksIn, testHighlighter } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

const QUIET = { ...APPEARANCE, quiet: true };
const user = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

describe('quiet marks', () => {
  it('are found and counted, with no role, name, tooltip or focus', async () => {
    document.body.append(h('p', {}, 'Om facket och välfärden.'));
    const hl = testHighlighter({ appearance: QUIET });
    await hl.start();
    const marks = marksIn(document.body) as HTMLElement[];
    expect(hl.counts().map((c) => c.topic)).toEqual(['unions', 'welfare']);
    for (const mark of marks) {
      expect(mark.getAttribute('role')).toBe('none');
      expect(mark.getAttribute('aria-label')).toBeNull();
      expect(mark.getAttribute('title')).toBeNull();
      expect(mark.getAttribute('tabindex')).toBeNull();
    }
    // The popup still scrolls to one.
    expect(hl.showOccurrence('welfare', 0)).toEqual({ index: 0, total: 1 });
    hl.stop();
  });

  it('leave a click to the page: a link inside one is followed, no card opens', async () => {
    document.body.append(h('p', {}, h('a', { href: 'https://example.se/' }, 'Om facket')));
    const seen: string[] = [];
    const hl = testHighlighter({ appearance: QUIET });
    hl.on('activate', ({ topic }) => seen.push(topic));
    await hl.start();
    const click = user(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    marksIn(document.body)[0]?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(seen).toEqual([]);
    // Tab finds no stop among them.
    document.body.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
    expect(marksIn(document.body).map((m) => m.getAttribute('tabindex'))).toEqual([null]);
    hl.stop();
  });

  it('are styled as the page text, except the flash that shows one from the popup', () => {
    const css = highlightCss(QUIET);
    expect(css).toContain('background-color:transparent!important');
    expect(css).not.toMatch(/background-color:#/);
    expect(css).not.toContain('cursor:pointer');
    expect(css).toContain('fackkoll-flash');
    expect(highlightCss(APPEARANCE)).toContain('cursor:pointer');
  });
});
