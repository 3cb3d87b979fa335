/**
 * A page view writes its highlight stylesheet from the shades stored for its topics' colours, or
 * works them out and stores them once; a colour changed in an open tab restyles it and stores
 * the new shades; quiet sites and a failed write store nothing or lose nothing.
 */
import { describe, expect, it } from 'vitest';
import type { MadeSheet } from '../../../../core/highlight';
import { highlightCss } from '../../../../core/highlight';
import type { PositionPack } from '../../../../core/pack/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/settings/schema';
import { pageSetupOf } from '../../../../entrypoints/background/page-setup';
import { configChange } from '../../../../entrypoints/content/config-change';
import { highlightConfig } from '../../../../entrypoints/content/highlight-config';
import { SheetCache } from '../../../../entrypoints/content/sheet-cache';
import { topic } from './test-pack';

const pack = {
  topics: [topic('asylum', '#9cd3ff'), topic('unions', '#ffbf80')],
  lexicon: [{ topic: 'asylum', sv: ['asyl*'], en: [], exclude: [] }],
} as unknown as PositionPack;
const setup = pageSetupOf([pack], false);
const configOf = (settings: Settings, host = 'www.dn.se') => highlightConfig(setup, settings, 'sv', { host });

function cache(revision = '1.0.0', fail = false) {
  const stored: MadeSheet[] = [];
  const sheets = new SheetCache(revision, async (made) => {
    if (fail) throw new Error('storage is full');
    stored.push(made);
  });
  return { sheets, stored };
}

describe('the page view’s stylesheet', () => {
  it('is worked out and stored once by the first page view, then read by the next ones', () => {
    const first = cache();
    first.sheets.read(null);
    const config = first.sheets.styled(configOf(DEFAULT_SETTINGS));
    expect(config.appearance.css).toBe(highlightCss(configOf(DEFAULT_SETTINGS).appearance));
    first.sheets.styled(configOf(DEFAULT_SETTINGS));
    expect(first.stored).toHaveLength(1);

    const next = cache();
    next.sheets.read(first.stored[0]);
    expect(next.sheets.styled(configOf(DEFAULT_SETTINGS)).appearance.css).toBe(config.appearance.css);
    expect(next.stored).toHaveLength(0);
  });

  it('is worked out again after an update of the extension', () => {
    const first = cache('1.0.0');
    first.sheets.styled(configOf(DEFAULT_SETTINGS));
    const updated = cache('1.1.0');
    updated.sheets.read(first.stored[0]);
    updated.sheets.styled(configOf(DEFAULT_SETTINGS));
    expect(updated.stored).toHaveLength(1);
  });

  it('restyles an open page whose colours change, and stores the new shades', () => {
    const { sheets, stored } = cache();
    const before = sheets.styled(configOf(DEFAULT_SETTINGS));
    const recoloured = { ...DEFAULT_SETTINGS, topics: { asylum: { enabled: true, color: '#c0ffee' } } };
    const after = sheets.styled(configOf(recoloured));
    expect(configChange(before, after).kind).toBe('restyle');
    expect(after.appearance.css).toBe(highlightCss(configOf(recoloured).appearance));
    expect(stored).toHaveLength(2);
    // The same look again is no change at all.
    expect(configChange(after, sheets.styled(configOf(recoloured))).kind).toBe('none');
  });

  it('stores nothing for a quiet site', () => {
    const { sheets, stored } = cache();
    const quiet = { ...DEFAULT_SETTINGS, quietSites: ['www.dn.se'] } as Settings;
    const config = sheets.styled(configOf(quiet));
    expect(config.appearance.quiet).toBe(true);
    expect(config.appearance.css).toBeUndefined();
    expect(stored).toHaveLength(0);
  });

  it('loses nothing when the shades cannot be stored', async () => {
    const { sheets } = cache('1.0.0', true);
    const config = sheets.styled(configOf(DEFAULT_SETTINGS));
    await new Promise((r) => setTimeout(r, 0));
    expect(config.appearance.css).toBe(highlightCss(configOf(DEFAULT_SETTINGS).appearance));
  });
});
