/**
 * Builds a news-article page of about `textNodes` text nodes in the current document: header and
 * navigation, an article of paragraphs with inline links and emphasis, lists, quotes, fact boxes,
 * a code sample, a comment section with a form and an editable box, a footer. Whitespace text
 * nodes between blocks are counted too, as they are on real pages.
 */
import type { Random, TextSource } from './swedishText';

interface Builder {
  count: number;
  el(tag: string, parent: Node, attrs?: Record<string, string>): HTMLElement;
  text(parent: Node, data: string): void;
  gap(parent: Node): void;
}

function builder(doc: Document): Builder {
  const b: Builder = {
    count: 0,
    el(tag, parent, attrs = {}) {
      const el = doc.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      parent.appendChild(el);
      return el;
    },
    text(parent, data) {
      parent.appendChild(doc.createTextNode(data));
      b.count++;
    },
    gap(parent) {
      b.text(parent, '\n      ');
    },
  };
  return b;
}

function paragraph(b: Builder, parent: Node, src: TextSource, random: Random): void {
  const p = b.el('p', parent);
  b.text(p, `${src.sentence(6, 14)} ${src.words(4 + Math.floor(random() * 8))} `);
  b.text(b.el('a', p, { href: '#l' }), src.words(2 + Math.floor(random() * 3)));
  b.text(p, ` ${src.words(6 + Math.floor(random() * 10))} `);
  b.text(b.el(random() < 0.5 ? 'strong' : 'em', p), src.words(1 + Math.floor(random() * 3)));
  b.text(p, ` ${src.sentence(5, 12)}`);
  b.gap(parent);
}

function extraBlock(b: Builder, parent: Node, src: TextSource, random: Random): void {
  const kind = Math.floor(random() * 6);
  if (kind === 0) {
    const ul = b.el('ul', parent);
    for (let i = 0; i < 4; i++) {
      b.gap(ul);
      b.text(b.el('li', ul), src.sentence(4, 9));
    }
  } else if (kind === 1) {
    b.text(b.el('blockquote', parent), `”${src.sentence(8, 16)}”`);
  } else if (kind === 2) {
    const box = b.el('aside', parent, { class: 'fakta' });
    b.text(b.el('h3', box), src.words(3));
    b.text(b.el('p', box), src.sentence(10, 20));
  } else if (kind === 3) {
    b.text(b.el('code', b.el('pre', parent)), `const valfard = "${src.words(3)}";`);
  } else if (kind === 4) {
    const fig = b.el('figure', parent);
    b.el('img', fig, { alt: src.words(3), width: '600', height: '300' });
    b.text(b.el('figcaption', fig), src.sentence(5, 10));
  } else {
    b.text(b.el('h2', parent), src.sentence(3, 7));
  }
  b.gap(parent);
}

function comments(b: Builder, parent: Node, src: TextSource): void {
  const section = b.el('section', parent, { class: 'kommentarer' });
  b.text(b.el('h2', section), 'Kommentarer');
  for (let i = 0; i < 5; i++) {
    const c = b.el('div', section, { class: 'kommentar' });
    b.text(b.el('b', c), `Läsare ${i}`);
    b.text(b.el('p', c), src.sentence(8, 20));
  }
  const form = b.el('form', section);
  b.text(b.el('textarea', form), src.sentence(5, 10));
  b.text(b.el('div', form, { contenteditable: 'true' }), src.sentence(5, 10));
  b.el('input', form, { value: src.words(2) });
}

/** Replaces the body with a fresh article; returns the number of text nodes made. */
export function generateArticle(doc: Document, textNodes: number, src: TextSource, random: Random): number {
  const b = builder(doc);
  const body = doc.body;
  body.replaceChildren();
  const nav = b.el('nav', b.el('header', body));
  for (let i = 0; i < 20; i++) b.text(b.el('a', nav, { href: '#n' }), src.words(1));
  const script = b.el('script', body, { type: 'application/json' });
  b.text(script, `{"ad":"${src.words(5)}"}`);
  const article = b.el('article', body);
  b.text(b.el('h1', article), src.sentence(5, 10));
  const reserve = 40;
  while (b.count < textNodes - reserve) {
    paragraph(b, article, src, random);
    if (random() < 0.25) extraBlock(b, article, src, random);
  }
  comments(b, body, src);
  while (b.count < textNodes) b.text(b.el('p', b.el('footer', body)), src.words(4));
  return b.count;
}
