/**
 * The highlight stylesheet an earlier page view stored (storage/mark-style.ts), made here in Node
 * for the bundled topics and the default settings: made in the bench page it would warm the very
 * colour code a cold page view is timed running.
 */
import { type MadeSheet, withSheet } from '../../core/highlight/highlight-css';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults';
import { highlightConfig } from '../../entrypoints/content/highlight-config';

export function storedSheet(): MadeSheet {
  const topics = BUNDLED_PACK.topics.map(({ id, name, color }) => ({ id, name, color }));
  const setup = { revision: '', english: false, topics, matcher: {} as never };
  const { made } = withSheet(highlightConfig(setup, DEFAULT_SETTINGS, 'sv').appearance, null);
  if (!made) throw new Error('bench: no stylesheet made for the default look');
  return made;
}
