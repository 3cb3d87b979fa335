import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  dismissalTerm,
  dismissedOn,
  siteOf,
  termKey,
  withDismissal,
  withoutDismissal,
} from '../../../../core/settings/dismissals';
import { DEFAULT_SETTINGS, type Dismissal, SettingsSchema } from '../../../../core/settings/schema';

const with_ = (...dismissed: Dismissal[]) => ({ ...DEFAULT_SETTINGS, dismissed });

describe('dismissed terms', () => {
  it('compare a term as the page may write it: case, soft hyphens, composed letters, spaces', () => {
    expect(dismissalTerm('Varsel')).toBe('varsel');
    expect(dismissalTerm('var\u00ADsel')).toBe('varsel');
    expect(dismissalTerm('Fo\u0308rsa\u0308kring')).toBe('försäkring');
    expect(dismissalTerm(' lediga \n tjänster ')).toBe('lediga tjänster');
    expect(dismissalTerm('ÅTERVANDRING')).toBe('återvandring');
  });

  it('apply on their site and its subdomains, or everywhere when they name no site', () => {
    const settings = with_(
      { topic: 'secure-jobs', term: 'varsel', site: 'dn.se' },
      { topic: 'immigration', term: 'integrationen' },
    );
    expect(dismissedOn('www.dn.se', settings.dismissed)).toEqual(
      new Set([termKey('secure-jobs', 'varsel'), termKey('immigration', 'integrationen')]),
    );
    expect(dismissedOn('svt.se', settings.dismissed)).toEqual(
      new Set([termKey('immigration', 'integrationen')]),
    );
    expect(dismissedOn('notdn.se', settings.dismissed).has(termKey('secure-jobs', 'varsel'))).toBe(false);
  });

  it('are made for the site a reader sees: www. is dropped', () => {
    expect(siteOf('www.dn.se')).toBe('dn.se');
    expect(siteOf('nyheter.svt.se')).toBe('nyheter.svt.se');
  });

  it('are added once; everywhere replaces the same term on one site; undo takes exactly one', () => {
    const site: Dismissal = { topic: 'secure-jobs', term: 'varsel', site: 'dn.se' };
    const everywhere: Dismissal = { topic: 'secure-jobs', term: 'varsel' };
    const once = withDismissal(DEFAULT_SETTINGS, site);
    expect(withDismissal(once, site)).toBe(once);
    const wide = withDismissal(once, everywhere);
    expect(wide.dismissed).toEqual([everywhere]);
    expect(withDismissal(wide, site)).toBe(wide);
    expect(withoutDismissal(wide, everywhere).dismissed).toEqual([]);
    expect(DEFAULT_SETTINGS.dismissed).toEqual([]);
  });

  it('are refused by the settings schema when not written as compared, or listed twice', () => {
    const ok = with_({ topic: 'secure-jobs', term: 'varsel' });
    expect(v.is(SettingsSchema, ok)).toBe(true);
    expect(v.is(SettingsSchema, with_({ topic: 'secure-jobs', term: 'Varsel' }))).toBe(false);
    expect(v.is(SettingsSchema, with_({ topic: 'secure-jobs', term: '' }))).toBe(false);
    expect(v.is(SettingsSchema, with_({ topic: 'Secure Jobs', term: 'varsel' }))).toBe(false);
    expect(v.is(SettingsSchema, with_({ topic: 'secure-jobs', term: 'varsel', site: 'not a host' }))).toBe(
      false,
    );
    expect(
      v.is(
        SettingsSchema,
        with_({ topic: 'secure-jobs', term: 'varsel' }, { topic: 'secure-jobs', term: 'varsel' }),
      ),
    ).toBe(false);
  });
});
