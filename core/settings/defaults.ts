/** The settings of a new install. Apart from schema.ts so a page reads them without the schema library. */
import type { Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = {
  mode: 'auto',
  english: false,
  badge: 'topics',
  style: 'fill',
  topics: {},
  disabledNewsSites: [],
  alwaysSites: [],
  neverSites: [],
  quietSites: [],
  dismissed: [],
};
