/**
 * The regex the matcher compiled on every page until the trie walk (core/match/term-trie.ts)
 * replaced it; kept as the specification the walk is tested against (reference-regex.ts).
 *
 * Merges token lists into one alternation that shares common prefixes:
 * ["v","å","r","d"] and ["v","å","r","d","a"] become v(?:å(?:r(?:d(?:a|))))… instead of two full
 * branches. Terms are grouped by how they end, so each group carries one copy of its ending.
 */
import { endingSource, type TermTokens } from '../../../../../core/match/term-tokens.ts';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Characters this node's token can start with; '' when unknown (any). */
  starts: string;
  /** A term ends at this node (it may also continue into longer terms). */
  end?: boolean;
}

/**
 * `lookahead`: the trie is only tested, never consumed (an exclusion guard), so a stem needs no
 * ending: its greedy class may match nothing, and each copy of the class costs compile time.
 */
export function trieSource(terms: readonly TermTokens[], lookahead = false): string {
  // Compound heads all start with the same lazy prefix loop: run it once, not once per group.
  const first = terms[0]?.body[0];
  if (first !== undefined && terms.every((t) => t.body.length > 1 && t.body[0] === first)) {
    const rest = terms.map((t) => ({ ...t, body: t.body.slice(1), starts: t.starts.slice(1) }));
    return first + trieSource(rest, lookahead);
  }
  const ending = (e: TermTokens['ending']) => (lookahead && e === 'stem' ? '' : endingSource(e));
  const groups = (['exact', 'stem'] as const)
    .map((ending) => ({ ending, terms: terms.filter((t) => t.ending === ending) }))
    .filter((g) => g.terms.length > 0)
    .map((g) => `${bodyTrie(g.terms)}${ending(g.ending)}`);
  return groups.length === 1 ? (groups[0] ?? '') : `(?:${groups.join('|')})`;
}

function bodyTrie(terms: readonly TermTokens[]): string {
  const root: TrieNode = { children: new Map(), starts: '' };
  for (const { body, starts } of terms) {
    let node = root;
    body.forEach((token, i) => {
      let child = node.children.get(token);
      if (!child) {
        child = { children: new Map(), starts: starts[i] ?? '' };
        node.children.set(token, child);
      }
      node = child;
    });
    node.end = true;
  }
  return `(?:${emitBucketed(root)})`;
}

/**
 * The root of a big trie has dozens of branches, all tried at every word start. A one-character
 * lookahead per bucket of first letters lets the engine skip most of them at once.
 */
const BUCKETS = [/[a-d]/, /[e-j]/, /[k-n]/, /[o-r]/, /s/, /[t-z]/];

function emitBucketed(root: TrieNode): string {
  const entries = [...root.children];
  if (entries.length < 12 || entries.some(([, child]) => child.starts === '')) return emit(root);
  const bucketOf = (starts: string) => {
    const base = (starts[0] ?? '').normalize('NFD').toLowerCase()[0] ?? '';
    const index = BUCKETS.findIndex((bucket) => bucket.test(base));
    return index < 0 ? BUCKETS.length : index;
  };
  const buckets = new Map<number, [string, TrieNode][]>();
  for (const entry of entries) {
    const key = bucketOf(entry[1].starts);
    buckets.set(key, [...(buckets.get(key) ?? []), entry]);
  }
  const branches = [...buckets.values()].map((group) => {
    const chars = [...new Set(group.flatMap(([, child]) => [...child.starts]))].map(escapeInClass).join('');
    return `(?=[${chars}])${emit({ children: new Map(group), starts: '' })}`;
  });
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

function escapeInClass(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([token, child]) => token + emit(child));
  if (branches.length === 0) return '';
  // A term that ends here is the empty branch, tried last so longer terms get the first chance.
  if (node.end) branches.push('');
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}
