/** Builds the export file from what is stored; pure apart from the clock, which the caller can pass. */

import type { Settings } from '../../core/settings/schema';
import type { StoredPack } from '../packs';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';

export function buildExport(settings: Settings, packs: readonly StoredPack[], now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings,
    packs: [...packs],
  };
}

export function exportText(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name with the date, so several backups sort and do not overwrite each other. */
export function exportFileName(now = new Date()): string {
  return `fackkoll-settings-${now.toISOString().slice(0, 10)}.json`;
}
