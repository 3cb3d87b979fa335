/**
 * Highlight colours offered in the options: light tints that each keep #111 text at 4.5:1 or
 * more (tests/unit/core/settings/topics.test.ts checks it), far enough apart to tell topics apart.
 */
export const PALETTE = [
  { id: 'yellow', color: '#ffe066' },
  { id: 'orange', color: '#ffbf80' },
  { id: 'red', color: '#ff9e9e' },
  { id: 'pink', color: '#ffb3de' },
  { id: 'purple', color: '#d7b8ff' },
  { id: 'blue', color: '#9cd3ff' },
  { id: 'cyan', color: '#8ee8e8' },
  { id: 'green', color: '#a8e6a1' },
  { id: 'lime', color: '#d4f08a' },
  { id: 'sand', color: '#e6d2b0' },
  { id: 'grey', color: '#cfd4da' },
] as const;

export type PaletteId = (typeof PALETTE)[number]['id'];
