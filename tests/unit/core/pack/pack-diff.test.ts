import { describe, expect, it } from 'vitest';
import { diffPacks } from '../../../../core/pack/pack-diff';
import type { PositionPack } from '../../../../core/pack/schema';
import { minimalPack } from './minimal-pack';

describe('pack update preview', () => {
  it('lists what a new version adds, removes and changes, and its changelog since the installed one', () => {
    const installed: PositionPack = { ...minimalPack(), version: '1.0.0' };
    const next = structuredClone(installed);
    next.version = '1.2.0';
    next.changelog = [
      { version: '1.2.0', date: '2026-03-01', changes: { sv: 'Ny ståndpunkt.', en: 'New position.' } },
      { version: '1.1.0', date: '2026-02-01', changes: { sv: 'Rättelse.', en: 'Fix.' } },
      { version: '1.0.0', date: '2026-01-01', changes: { sv: 'Första.', en: 'First.' } },
    ];
    (next.positions[0] as PositionPack['positions'][number]).statement.sv = 'Ändrad.';
    next.positions.splice(1, 1);
    next.positions.push({ ...(next.positions[0] as PositionPack['positions'][number]), id: 'new-one' });
    const diff = diffPacks(installed, next);
    expect(diff).toMatchObject({
      from: '1.0.0',
      to: '1.2.0',
      positions: {
        added: ['new-one'],
        removed: [installed.positions[1]?.id],
        changed: [installed.positions[0]?.id],
      },
      topics: { added: [], removed: [], changed: [] },
      figures: { added: [], removed: [], changed: [] },
      otherChanges: false,
    });
    expect(diff.changelog.map((c) => c.version)).toEqual(['1.2.0', '1.1.0']);
  });

  it('notices a lexicon change, which no list above shows', () => {
    const installed = minimalPack();
    const next = structuredClone(installed);
    next.lexicon[0]?.sv.push('hyresrätt*');
    expect(diffPacks(installed, next).otherChanges).toBe(true);
  });
});
