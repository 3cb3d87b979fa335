/**
 * The hash both page-side tables key on: the first two UTF-16 units of a word (the tries' gate,
 * term-trie.ts, and the prefilter's buckets, prefilter-search.ts), so a place in a text is
 * looked up with one array read.
 */
export const PAIR_TABLE_SIZE = 1 << 14;
export const pairHash = (first: number, second: number) => (first * 131 + second) & (PAIR_TABLE_SIZE - 1);
