/** Writes core/match/word-ranges.ts from this Node's Unicode data (see tools/word-ranges/bmp-ranges.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordRangesModule } from './bmp-ranges';

const target = fileURLToPath(new URL('../../core/match/word-ranges.ts', import.meta.url));
writeFileSync(target, wordRangesModule());
console.log(`wrote ${target}`);
