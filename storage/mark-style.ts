/**
 * The highlight stylesheet for the last look a page view made one for (core/highlight
 * withSheet). Its colour math took 1.3-1.4 ms of every page view with a cold JIT (npm run bench);
 * the next page views with the same settings and topics read it instead. A stored sheet is only
 * used for the look it was made for, so a stale or damaged one costs nothing but the making.
 */
import { storage } from 'wxt/utils/storage';
import type { MadeSheet } from '../core/highlight';

/** Local: derived from the settings and the packs, made again on any device. */
export const markStyleItem = storage.defineItem<MadeSheet | null>('local:markStyle', { fallback: null });
