/**
 * The shades an earlier page view stored for the highlight stylesheet (storage/mark-style.ts),
 * worked out here in Node for the bundled topics and the default settings: worked out in the
 * bench page they would warm the very colour code a cold page view is timed running.
 */
import { type MadeSheet, withSheet } from '../../core/highlight/highlight-css';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults';
import { highlightConfig } from '../../entrypoints/content/highlight-config';
import { EXTENSION_VERSION } from '../../storage/extension-version';

export function storedSheet(): MadeSheet {
  const topics = BUNDLED_PACK.topics.map(({ id, name, color }) => ({ id, name, color }));
  const setup = { revision: '', english: false, topics, matcher: {} as never };
  const { made } = withSheet(
    highlightConfig(setup, DEFAULT_SETTINGS, 'sv').appearance,
    null,
    EXTENSION_VERSION,
  );
  if (!made) throw new Error('bench: no shades worked out for the default look');
  return made;
}
