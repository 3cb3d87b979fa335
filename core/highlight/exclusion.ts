/**
 * Where we never put a mark. mark.js only checks a text node's direct parent, so the scanner
 * rejects whole subtrees with isExcludedElement, and checks ancestors for roots that start
 * inside a page (mutations) with isInsideExcluded.
 */
import { ELEMENT_NODE, FRAGMENT_NODE, MARK_CLASS, UI_ATTR, UI_TAG_PREFIX } from './constants';

const EXCLUDED_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'code',
  'pre',
  // Frames are scanned as their own documents, never through the parent's walk.
  'iframe',
  'frame',
  'object',
] as const;
const TAG_SET: ReadonlySet<string> = new Set(EXCLUDED_TAGS);

/**
 * The same rule as CSS, for mark.js's own check and for querySelector (the site chrome rule,
 * which looks at ancestors, is left to isExcludedElement).
 */
export const EXCLUDED_SELECTOR = [
  ...EXCLUDED_TAGS,
  '[contenteditable]',
  `[${UI_ATTR}]`,
  `mark.${MARK_CLASS}`,
  // Marks of other mark.js users (e.g. another highlighter extension).
  'mark[data-markjs]',
].join(',');

/**
 * The site around the article: menus, search, the site's header and footer, side columns. Their
 * words are the site's, not the article's ("Pension" in a menu, "Lediga tjänster" in a footer).
 * Judged from the page's own landmarks, the same way on every site.
 */
const ALWAYS_CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'search',
  'banner',
  'contentinfo',
  'menubar',
  'menu',
]);
/** Inside an article these are its own: the headline's header, a fact box, a byline footer. */
const CHROME_UNLESS_IN_ARTICLE: ReadonlySet<string> = new Set(['header', 'footer', 'aside']);
const ARTICLE = 'article, [role="article"], main, [role="main"]';

function isSiteChrome(el: Element, name: string): boolean {
  if (name === 'nav') return true;
  const role = el.getAttribute('role');
  if (role !== null && ALWAYS_CHROME_ROLES.has(role)) return true;
  if (CHROME_UNLESS_IN_ARTICLE.has(name) || role === 'complementary')
    return el.parentElement?.closest(ARTICLE) == null;
  return false;
}

export function isExcludedElement(el: Element): boolean {
  const name = el.localName;
  if (TAG_SET.has(name)) return true;
  if (isSiteChrome(el, name)) return true;
  // Any contenteditable value: "false" islands inside editors are still the editor's business.
  if (el.hasAttribute('contenteditable') || el.hasAttribute(UI_ATTR)) return true;
  if (name.startsWith(UI_TAG_PREFIX)) return true;
  return name === 'mark' && (el.classList.contains(MARK_CLASS) || el.hasAttribute('data-markjs'));
}

/**
 * True when the node or an ancestor (across shadow boundaries) is excluded. `clean` remembers
 * elements found outside every excluded subtree, so siblings queued together (a burst of
 * mutations) stop at their shared parent; the caller drops it whenever the page changes.
 */
export function isInsideExcluded(node: Node, clean?: WeakSet<Element>): boolean {
  const seen: Element[] = [];
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (; el; el = el.parentElement) {
    if (clean?.has(el)) return remember(clean, seen);
    if (isExcludedElement(el)) return true;
    seen.push(el);
  }
  const root = node.getRootNode();
  const inside =
    root.nodeType === FRAGMENT_NODE && 'host' in root
      ? isInsideExcluded((root as ShadowRoot).host, clean)
      : (node.ownerDocument ?? (node as Document)).designMode === 'on';
  return inside || remember(clean, seen);
}

function remember(clean: WeakSet<Element> | undefined, elements: readonly Element[]): false {
  if (clean) for (const el of elements) clean.add(el);
  return false;
}
