/**
 * The hash the tries' gate (term-trie.ts) keys on: the first two UTF-16 units of a term, so a
 * place in a text is looked up with one array read. (The block prefilter keys its words on three,
 * prefilter-search.ts.)
 */
export const PAIR_TABLE_SIZE = 1 << 14;
export const pairHash = (first: number, second: number) => (first * 131 + second) & (PAIR_TABLE_SIZE - 1);
