/**
 * The shades the highlight stylesheet is written from (each topic's fill, line colour and line
 * pattern), for the last topic colours a page view worked them out for (core/highlight
 * withSheet). Working them out took 1.3-1.4 ms of every page view with a cold JIT (npm run
 * bench); the next page views with the same colours read them instead. Stored shades are only
 * used for the colours and extension version they were worked out for, and only as colours, so
 * a stale or damaged value costs nothing but working them out again.
 */
import { storage } from 'wxt/utils/storage';
import type { MadeSheet } from '../core/highlight';

/** Local: derived from the settings and the packs, made again on any device. */
export const markStyleItem = storage.defineItem<MadeSheet | null>('local:markStyle', { fallback: null });
