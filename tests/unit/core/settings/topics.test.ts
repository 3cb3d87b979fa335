import { describe, expect, it } from 'vitest';
import { contrastRatio, MARK_TEXT_COLOR, MIN_CONTRAST } from '../../../../core/settings/contrast';
import { PALETTE } from '../../../../core/settings/palette';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { topicColor, topicPref, withTopicPref, withTopicsReset } from '../../../../core/settings/topics';

describe('topic choices', () => {
  it('stores nothing for a topic left as shipped', () => {
    const off = withTopicPref(DEFAULT_SETTINGS, 'asylum', { enabled: false });
    expect(off.topics).toEqual({ asylum: { enabled: false, color: null } });
    expect(withTopicPref(off, 'asylum', { enabled: true }).topics).toEqual({});
  });

  it('keeps the colour when a topic is switched off and on', () => {
    let s = withTopicPref(DEFAULT_SETTINGS, 'asylum', { color: '#a8e6a1' });
    s = withTopicPref(withTopicPref(s, 'asylum', { enabled: false }), 'asylum', { enabled: true });
    expect(topicPref(s, 'asylum')).toEqual({ enabled: true, color: '#a8e6a1' });
    expect(topicColor(s, { id: 'asylum', color: '#9cd3ff' })).toBe('#a8e6a1');
  });

  it('resets one topic or all', () => {
    let s = withTopicPref(DEFAULT_SETTINGS, 'a', { enabled: false });
    s = withTopicPref(s, 'b', { color: '#ffe066' });
    expect(Object.keys(withTopicsReset(s, ['a']).topics)).toEqual(['b']);
    expect(withTopicsReset(s).topics).toEqual({});
  });
});

describe('palette', () => {
  it.each(PALETTE)('$id keeps the mark text readable (WCAG AA)', ({ color }) => {
    expect(contrastRatio(color, MARK_TEXT_COLOR)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('has distinct colours in the stored format', () => {
    expect(new Set(PALETTE.map((p) => p.color)).size).toBe(PALETTE.length);
    for (const { color } of PALETTE) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
