/**
 * How a settings value of an older version becomes the current one. Pure: the stored item runs
 * them (storage/settings.ts), and so does an import of a file exported by an older Fackkoll.
 */
import { isRecord } from '../is-record';

/** Bump with each shape change and add its migration below. */
export const SETTINGS_VERSION = 3;

/**
 * Version n migrates a value of version n-1. Anything not a settings object is passed on as it
 * is: the repair on every read turns it into valid settings and tells the user.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  /** 2: "not this topic here" terms; none existed before. */
  2: (old) => (isRecord(old) && !('dismissed' in old) ? { ...old, dismissed: [] } : old),
  /** 3: sites that keep the popup's list but show no highlights; none existed before. */
  3: (old) => (isRecord(old) && !('quietSites' in old) ? { ...old, quietSites: [] } : old),
};

/** Every migration in turn; each adds only what is missing, so a current value passes unchanged. */
export function migrateSettings(value: unknown): unknown {
  let current = value;
  for (let version = 2; version <= SETTINGS_VERSION; version++) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (migrate) current = migrate(current);
  }
  return current;
}
