/**
 * The pack shipped with the extension, assembled from the JSON files in data/pack/.
 *
 * Not parsed at load: tests/unit/core/pack/bundled-pack.test.ts runs parsePack on exactly this
 * object, so a broken data file fails CI instead of crashing the content script on every
 * news page, and the content script does not pay for validation it cannot act on.
 */
import figures from '../../data/pack/figures.json';
import lexicon from '../../data/pack/lexicon.json';
import meta from '../../data/pack/meta.json';
import positions from '../../data/pack/positions.json';
import sources from '../../data/pack/sources.json';
import topics from '../../data/pack/topics.json';
import type { PositionPack } from './schema';

// JSON imports widen literals ("persons" becomes string), hence the assertion; the test above
// is what makes it true.
export const BUNDLED_PACK = { ...meta, sources, topics, positions, figures, lexicon } as PositionPack;
