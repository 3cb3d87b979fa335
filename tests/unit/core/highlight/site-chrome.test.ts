// @vitest-environment happy-dom
/**
 * Marks go in the article, not in the site around it. Realistic skeletons of Swedish news pages:
 * a menu with topic words, a teaser column, a footer, a cookie banner, and an article with its own
 * header, fact box and byline. Each of these put marks outside the article before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { marksIn, testHighlighter } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
});

/** Sets the body from markup written in this test (never page input). */
function page(markup: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
}

const marked = () =>
  marksIn(document.body).map(
    (m) => `${m.closest('[data-part]')?.getAttribute('data-part')}:${m.textContent}`,
  );

describe('the article, not the site around it', () => {
  it('marks the article’s headline, lead, body, fact box and byline, and nothing in menus, teasers or footers', async () => {
    page(`
      <header data-part="site-header"><nav><a href="/valfard">Välfärd</a> <a href="/asyl">Asyl</a></nav></header>
      <div role="navigation" data-part="menu"><a href="/facket">Facket</a></div>
      <main>
        <article data-part="article">
          <header><h1>Striden om välfärden</h1><p>LO kräver mer.</p></header>
          <p>Om flyktingar och välfärden.</p>
          <aside><p>Fakta: välfärden kostar.</p></aside>
          <footer><p>Text: reporter om asyl</p></footer>
        </article>
        <aside data-part="teasers"><h2>Mest läst</h2><a href="/x">Asylrätten ändras</a></aside>
      </main>
      <aside data-part="column"><a href="/y">Välfärden i kris</a></aside>
      <div role="complementary" data-part="related">Facket om asyl</div>
      <footer data-part="site-footer"><a href="/jobb">Lediga tjänster i välfärden</a></footer>
      <div role="contentinfo" data-part="info">© Välfärdsbolaget</div>
      <form role="search" data-part="search"><label>Sök: asyl</label></form>
    `);
    const hl = testHighlighter();
    await hl.start();
    expect(marked()).toEqual([
      'article:välfärden',
      'article:LO',
      'article:flyktingar',
      'article:välfärden',
      'article:välfärden',
      'article:asyl',
    ]);
    hl.stop();
  });

  it('still marks a page that has no landmarks at all', async () => {
    page('<div data-part="body"><p>Om välfärden och facket.</p></div>');
    const hl = testHighlighter();
    await hl.start();
    expect(marked()).toEqual(['body:välfärden', 'body:facket']);
    hl.stop();
  });

  it('leaves text a page adds to its menu later unmarked', async () => {
    page('<nav data-part="menu"></nav><article data-part="article"><p>Om asyl.</p></article>');
    const hl = testHighlighter();
    await hl.start();
    const add = (parent: string) =>
      document
        .querySelector(parent)
        ?.append(Object.assign(document.createElement('p'), { textContent: 'om välfärden' }));
    add('nav');
    add('article');
    // The article's new words prove the change was scanned; the menu's stay unmarked.
    await vi.waitFor(() => expect(marked()).toEqual(['article:asyl', 'article:välfärden']));
    hl.stop();
  });
});
