/**
 * Remembers which text nodes we split, so unmarking can put back the page's own text node
 * (same object, same text) and normalise nothing else.
 *
 * mark.js splits a text node T into T (the text before the first match, possibly empty),
 * then <mark>, piece, <mark>, piece… The page still holds T; everything after it is ours.
 */
import { MARK_CLASS, TOPIC_ATTR } from './constants';

export class SplitRegistry {
  /** Head text node → the marks and pieces we inserted after it, in order. */
  private readonly chains = new Map<Text, Node[]>();
  /** Every node of a chain, the head included, → its head. */
  private readonly owners = new WeakMap<Node, Text>();
  private revision = 0;

  /** Our marks and their topics (a Map, so counting never reads the DOM). */
  private readonly topics = new Map<HTMLElement, string>();

  /** Called for each new mark, right after mark.js inserted it. */
  record(mark: HTMLElement, topic: string): void {
    this.topics.set(mark, topic);
    const before = mark.previousSibling as Text;
    const head = this.owners.get(before) ?? before;
    let chain = this.chains.get(head);
    if (!chain) {
      chain = [];
      this.chains.set(head, chain);
      this.owners.set(head, head);
    }
    chain.push(mark);
    this.owners.set(mark, head);
    const rest = mark.nextSibling;
    if (rest) {
      chain.push(rest);
      this.owners.set(rest, head);
    }
    this.revision++;
  }

  /** The head a node of a chain belongs to (heads map to themselves). */
  headOf(node: Node): Text | undefined {
    return this.owners.get(node);
  }

  /** Heads and pieces were fully matched already: the scanner skips them. */
  owns(node: Node): boolean {
    return this.owners.has(node);
  }

  chainOf(head: Text): readonly Node[] {
    return this.chains.get(head) ?? [];
  }

  heads(): Text[] {
    return [...this.chains.keys()];
  }

  forget(head: Text): void {
    for (const node of this.chainOf(head)) {
      this.owners.delete(node);
      this.topics.delete(node as HTMLElement);
    }
    this.owners.delete(head);
    if (this.chains.delete(head)) this.revision++;
  }

  private prunedAt = Number.NEGATIVE_INFINITY;

  /**
   * prune() at most once a second: it visits every chain, and a live page removes nodes in every
   * burst. Until then a removed chain only holds memory; counts skip detached marks anyway.
   */
  pruneNowAndThen(now = performance.now()): void {
    if (now - this.prunedAt < 1000) return;
    this.prunedAt = now;
    this.prune();
  }

  /** Forgets heads that left the page with everything we put after them (memory on long pages). */
  prune(): void {
    for (const [head, chain] of this.chains) {
      if (!head.isConnected && !chain.some((node) => node.isConnected)) this.forget(head);
    }
  }

  /** Our marks still in a document, with their topics. */
  *marks(): Generator<[HTMLElement, string]> {
    for (const entry of this.topics) {
      if (entry[0].isConnected) yield entry;
    }
  }

  /** Changes whenever marks are added or removed, for caching occurrence lists. */
  get version(): number {
    return this.revision;
  }
}

export function isOurMark(node: Node): node is HTMLElement {
  return (node as Element).localName === 'mark' && (node as Element).classList.contains(MARK_CLASS);
}

export function topicOfMark(mark: Element): string {
  return mark.getAttribute(TOPIC_ATTR) ?? '';
}
