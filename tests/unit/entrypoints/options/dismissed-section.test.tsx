// @vitest-environment happy-dom
/** Words taken off a topic: listed, marked again one by one, and saved as a feedback file. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { DEFAULT_SETTINGS, type Dismissal } from '../../../../core/settings/schema';
import { DismissedSection } from '../../../../entrypoints/options/DismissedSection';
import { rememberDismissalContext } from '../../../../storage/dismissal-context';
import { settingsItem } from '../../../../storage/settings';
import type { FeedbackFile } from '../../../../storage/transfer/feedback';
import { useLocale } from '../popup/support';

const VARSEL: Dismissal = { topic: 'secure-employment', term: 'varsel', site: 'dn.se' };
const INTEGRATION: Dismissal = { topic: 'immigration', term: 'integrationen' };

async function renderWith(dismissed: Dismissal[]) {
  const settings = { ...DEFAULT_SETTINGS, dismissed };
  await settingsItem.setValue(settings);
  return render(<DismissedSection settings={settings} packs={[BUNDLED_PACK]} lang="sv" />);
}

/** The text of the file the page offers to save. */
function capturedDownloads(): string[] {
  const texts: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    void (blob as Blob).text().then((t) => texts.push(t));
    return 'blob:feedback';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return texts;
}

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('sv');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('words not to mark', () => {
  it('says there are none yet', async () => {
    await renderWith([]);
    expect(screen.getByText(/^Inga ännu/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara återkopplingsfil' })).toBeNull();
  });

  it('lists each word with its topic and where, and marks one again on request', async () => {
    const { container } = await renderWith([VARSEL, INTEGRATION]);
    const items = [...container.querySelectorAll('li')].map(
      (li) => li.querySelector('.dismissed-term')?.textContent,
    );
    expect(items).toEqual([
      '”varsel” som Trygga anställningar och socialförsäkringar (på dn.se)',
      '”integrationen” som Invandring och arbetskraftsinvandring (överallt)',
    ]);
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Markera ”varsel” som Trygga anställningar och socialförsäkringar igen (på dn.se)',
      }),
    );
    await waitFor(async () => expect((await settingsItem.getValue()).dismissed).toEqual([INTEGRATION]));
    expect(
      await screen.findByText('”varsel” markeras som Trygga anställningar och socialförsäkringar igen.'),
    ).toBeTruthy();
  });

  it('saves a feedback file with pack, version, word, topic and site, and the sentence only when ticked', async () => {
    await rememberDismissalContext(VARSEL, {
      sentence: 'Schemat ändras med kort varsel.',
      at: Date.UTC(2026, 11, 4),
    });
    const downloads = capturedDownloads();
    await renderWith([VARSEL]);
    const save = screen.getByRole('button', { name: 'Spara återkopplingsfil' });
    fireEvent.click(save);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const plain = JSON.parse(downloads[0] as string) as FeedbackFile;
    expect(plain).toMatchObject({ format: 'fackkoll-feedback', formatVersion: 1 });
    expect(plain.items).toEqual([
      {
        pack: { id: 'fackkoll-bundled', version: '1.1.0' },
        topic: 'secure-employment',
        term: 'varsel',
        site: 'dn.se',
        dismissedAt: '2026-12-04T00:00:00.000Z',
      },
    ]);
    expect(downloads[0]).not.toContain('Schemat');

    fireEvent.click(screen.getByRole('checkbox', { name: /Ta med meningen/ }));
    fireEvent.click(save);
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect((JSON.parse(downloads[1] as string) as FeedbackFile).items[0]?.sentence).toBe(
      'Schemat ändras med kort varsel.',
    );
  });
});
