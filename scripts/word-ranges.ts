/** Writes lib/match/word-ranges.ts from this Node's Unicode data (see lib/match/bmp-ranges.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordRangesModule } from '../lib/match/bmp-ranges';

const target = fileURLToPath(new URL('../lib/match/word-ranges.ts', import.meta.url));
writeFileSync(target, wordRangesModule());
console.log(`wrote ${target}`);
