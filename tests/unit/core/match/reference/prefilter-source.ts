/**
 * A cheap "could this text hold a match at all?" test, for a whole block of text at once. Every
 * match of a term contains one of its words letter for letter (in the regex's own case
 * variants), so a text that contains none of those words has no match, wherever its text node
 * boundaries fall. The test has no word boundaries or lookarounds, which is what lets it run
 * on an element's textContent: the scanner skips such a block without visiting its text nodes.
 */
import type { ParsedPattern } from '../../../../../core/match/pattern.ts';
import { charAtom } from '../../../../../core/match/text-classes.ts';

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The word of a pattern a match must contain: its longest, as the rarest in text. Its atoms are
 * the main regex's, so case and hyphen variants match the same way.
 */
export function necessaryAtoms(pattern: ParsedPattern): string[] {
  const longest = pattern.words.reduce((a, b) => ([...b.text].length > [...a.text].length ? b : a));
  return [...longest.text].map((char) => charAtom(char, pattern.caseSensitive));
}

/**
 * Builds one regex source that finds any of the patterns' necessary words anywhere in a text, a
 * pattern at a time, so the compiler can yield between its steps (in one go it made a long task).
 */
export class PrefilterBuilder {
  private readonly root: TrieNode = { children: new Map(), end: false };
  private empty = true;

  add(pattern: ParsedPattern): void {
    this.empty = false;
    let node = this.root;
    for (const atom of necessaryAtoms(pattern)) {
      // A shorter word already ends here: any text holding this one holds that one.
      if (node.end) return;
      let child = node.children.get(atom);
      if (!child) {
        child = { children: new Map(), end: false };
        node.children.set(atom, child);
      }
      node = child;
    }
    node.end = true;
    // Longer words below a word that ends here are redundant.
    node.children.clear();
  }

  /** A regex source; `[]` (never matches) when no pattern was added. */
  source(): string {
    return this.empty ? '[]' : emit(this.root);
  }
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([atom, child]) => atom + (child.end ? '' : emit(child)));
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}
