/**
 * This extension's version: WXT writes package.json's version into the manifest, so reading it here
 * gives the same number without a browser API (and works in unit tests, whose fake browser has no
 * manifest). Vite keeps only this one field of package.json in the bundle.
 */
import { version } from '../package.json';

export const EXTENSION_VERSION: string = version;
