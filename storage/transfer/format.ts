/**
 * The export file: every setting and every imported pack in one JSON document. Import reads it
 * with the same schemas the extension stores with, so a file is either wholly valid or refused.
 */
import { PACK_LIMITS } from '../../core/pack/limits';
import type { Settings } from '../../core/settings/schema';
import type { StoredPack } from '../packs';

export const EXPORT_FORMAT = 'fackkoll-settings';
export const EXPORT_VERSION = 1;

/** Room for the most packs at their largest, plus the settings; anything bigger is not ours. */
export const MAX_IMPORT_BYTES = PACK_LIMITS.packs * PACK_LIMITS.packBytes + 64 * 1024;

/** Errors listed for one file; past this the user learns nothing more from the list. */
export const MAX_REPORTED_ERRORS = 50;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings;
  packs: StoredPack[];
}
