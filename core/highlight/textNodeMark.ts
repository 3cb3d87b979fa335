/**
 * mark.js, handed exactly the text nodes to mark. Its own getTextNodes creates a NodeIterator
 * per context, and browsers update every live NodeIterator on each node removal until garbage
 * collection: with one iterator per marked text node, marking and unmarking a big page became
 * quadratic (15 000 nodes: unmark 780 ms instead of 50 ms). Everything else is mark.js's.
 */
import MarkJs from 'mark.js/src/lib/mark.js';

export class TextNodeMark extends MarkJs {
  /** The text nodes the next markRegExp() call works on. */
  nodes: readonly Text[] = [];
  /** The element for the match about to be wrapped (mark.js's filter callback has just run). */
  makeMark: (doc: Document) => HTMLElement = (doc) => doc.createElement('mark');
  private lastOptions: object | undefined;

  constructor() {
    super([]);
  }

  // mark.js merges its twenty defaults into the options on every call; the slow path calls it
  // once per text node with the same options object, so merge once.
  protected override get opt(): object {
    return super.opt;
  }

  protected override set opt(options: object) {
    if (options === this.lastOptions) return;
    super.opt = options;
    this.lastOptions = options;
  }

  /**
   * Every node given, in order: the caller filtered them (mark.js's direct-parent exclusion
   * included) and counts on the order.
   */
  protected override getTextNodes(cb: Parameters<MarkJs['getTextNodes']>[0]): void {
    cb({ value: '', nodes: this.nodes.map((node) => ({ start: 0, end: node.length, node })) });
  }

  /**
   * mark.js's wrapping, with the element made by makeMark (a clone of a finished mark) rather
   * than created bare and then given six attributes one by one: attribute writes were a fifth
   * of the marking time. The matched piece of text moves into the mark instead of being copied.
   */
  protected override wrapRangeInTextNode(node: Text, start: number, end: number): Text {
    const middle = node.splitText(start);
    const rest = middle.splitText(end - start);
    const mark = this.makeMark(node.ownerDocument);
    middle.parentNode?.replaceChild(mark, middle);
    mark.appendChild(middle);
    return rest;
  }
}
