import { describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { parsePack } from '../../../../core/pack/validate';
import { INTEGRITY_CASES, SHAPE_CASES } from './bad-packs';
import { minimalPack } from './minimal-pack';

describe('parsePack', () => {
  it('accepts every source fact and a quote when the publisher owns the text', () => {
    const pack = minimalPack();
    Object.assign(pack, { version: '2.0.1', publisherOwnsText: true });
    Object.assign(pack.sources[0] ?? {}, {
      outlet: 'Dagens Nyheter',
      date: '2024-03-12',
      url: 'https://www.dn.se/debatt/bygg/',
      headline: 'Bygg fler bostäder nu',
    });
    Object.assign(pack.positions[0] ?? {}, { quote: 'Vi måste bygga fler bostäder i hela landet.' });
    expect(parsePack(pack)).toEqual({ ok: true, pack });
  });

  it('accepts a source without date or URL, and the older "unknown" for either', () => {
    const pack = minimalPack();
    const source = pack.sources[0] as PositionPack['sources'][number];
    delete source.date;
    delete source.url;
    expect(parsePack(pack)).toEqual({ ok: true, pack });
    expect(parsePack(minimalPack()).ok).toBe(true);
  });

  it('accepts the minimal pack and returns it', () => {
    expect(parsePack(minimalPack())).toEqual({ ok: true, pack: minimalPack() });
  });

  it('accepts a context ref next to a primary one', () => {
    const pack = minimalPack();
    pack.positions[0]?.refs.push({ source: 'op-ed', paragraph: 2, role: 'context' });
    expect(parsePack(pack)).toEqual({ ok: true, pack });
  });

  it('reports a non-object at the root', () => {
    expect(parsePack('pack')).toEqual({ ok: false, errors: [{ path: '$', message: expect.any(String) }] });
  });

  const cases = [...SHAPE_CASES, ...INTEGRITY_CASES].map(([name, breakIt, path, message]) => ({
    name,
    breakIt,
    path,
    message,
  }));

  it.each(cases)('$name: reported at $path', ({ breakIt, path, message }) => {
    const pack = minimalPack();
    breakIt(pack);
    expect(parsePack(pack)).toEqual({
      ok: false,
      errors: [{ path, message: expect.stringContaining(message) }],
    });
  });

  it('checks integrity only once the shape is right', () => {
    const pack = minimalPack() as unknown as Record<string, unknown>;
    pack.positions = [{ id: 'x', topic: 'nowhere', statement: { sv: 'a' }, refs: [] }];
    const result = parsePack(pack);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'positions[0].statement.en',
      'positions[0].refs',
    ]);
  });
});
