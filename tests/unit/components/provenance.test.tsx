// @vitest-environment happy-dom
/** Who stands behind a pack and whether a position is due for review, as the popup and options show it. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TopicDetails } from '../../../components/TopicDetails';
import { BUNDLED_PACK } from '../../../core/pack/bundled';
import type { PositionPack } from '../../../core/pack/schema';
import { generateSigningKey, signPack } from '../../../core/pack/signature';
import { isPastReview } from '../../../core/view/review';
import { topicView } from '../../../core/view/topic-view';
import { PublisherCard } from '../../../entrypoints/options/PublisherCard';
import { PackCredits } from '../../../entrypoints/popup/PackCredits';
import { minimalPack } from '../core/pack/minimal-pack';
import { useLocale } from '../entrypoints/popup/support';

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('sv');
});
afterEach(cleanup);

function published(reviewBy: string): PositionPack {
  const pack = minimalPack();
  Object.assign(pack, {
    version: '1.2.0',
    date: '2026-03-12',
    publisher: { name: 'Byggnads Skåne', url: 'https://www.byggnads.se/skane' },
    changelog: [
      { version: '1.2.0', date: '2026-03-12', changes: { sv: 'Nya siffror.', en: 'New figures.' } },
    ],
  });
  for (const position of pack.positions) Object.assign(position, { written: '2025-01-10', reviewBy });
  return pack;
}

describe('review dates', () => {
  it('count as past only after the day itself', () => {
    const today = new Date('2026-12-04T12:00:00Z');
    expect(isPastReview('2026-12-03', today)).toBe(true);
    expect(isPastReview('2026-12-04', today)).toBe(false);
    expect(isPastReview(undefined, today)).toBe(false);
  });

  it('label a position past its review date, and only such a one', () => {
    const old = topicView([published('2025-06-30')], 'housing', { topics: {} }, 'sv');
    const { container, unmount } = render(
      <TopicDetails view={old as NonNullable<typeof old>} allPositions />,
    );
    expect(container.querySelector('.fk-outdated')?.textContent).toBe(
      'Kan vara inaktuell: utgivaren skulle se över den senast 30 juni 2025.',
    );
    unmount();
    const fresh = topicView([published('2999-01-01')], 'housing', { topics: {} }, 'sv');
    const again = render(<TopicDetails view={fresh as NonNullable<typeof fresh>} allPositions />);
    expect(again.container.querySelector('.fk-outdated')).toBeNull();
  });
});

describe('publisher card (options)', () => {
  it('shows publisher, link host, version and date, the signing key, and positions due for review', async () => {
    const keys = await generateSigningKey();
    const pack = await signPack(published('2025-06-30'), keys);
    const { container, findByText } = render(
      <PublisherCard pack={pack} lang="sv" publicKey={keys.publicKey} />,
    );
    const text = () => container.textContent ?? '';
    expect(text()).toContain('Utgivare: Byggnads Skåne');
    expect(container.querySelector('a')?.textContent).toBe('www.byggnads.se');
    expect(text()).toContain('Version 1.2.0, 12 mars 2026');
    expect(await findByText(/^Signerat, nyckel ([0-9a-f]{4} ){7}[0-9a-f]{4}$/)).toBeTruthy();
    expect(text()).toContain('2 ståndpunkter kan vara inaktuella (skulle ses över senast 30 juni 2025)');
    expect(text()).toContain('Nya siffror.');
  });

  it('says an imported pack without a pinned key is unsigned, and leaves out facts it lacks', () => {
    const { container } = render(<PublisherCard pack={minimalPack()} lang="sv" />);
    expect(container.textContent).toBe('Osignerat – ingen kan intyga vem som gjort paketet');
  });
});

describe('pack credits (popup)', () => {
  it('name each active pack with version, publisher and whether it is signed', async () => {
    const signed = await signPack(published('2999-01-01'), await generateSigningKey());
    const { container } = render(<PackCredits packs={[BUNDLED_PACK, signed, minimalPack()]} lang="sv" />);
    expect(container.querySelector('summary')?.textContent).toBe('Ståndpunkterna kommer från 3 paket');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Fackkolls inbyggda ståndpunkter – version 1\.1\.0 · .*följer med Fackkoll$/),
      'Testpaket – version 1.2.0 · utgivare Byggnads Skåne · signerat av utgivaren',
      'Testpaket – osignerat',
    ]);
  });
});
