// @vitest-environment happy-dom
/** The options page wired to storage: each control writes at once, and a refused import shows why. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { readableShade } from '../../../../core/settings/contrast';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/settings/schema';
import { OptionsApp } from '../../../../entrypoints/options/OptionsApp';
import { settingsItem } from '../../../../storage/settings';
import { minimalPack } from '../../core/pack/minimal-pack';
import { useLocale } from '../popup/support';
import { packNamed } from './pack-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n: the message name plus its substitutions is enough to find text by.
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, subs?: string | string[]) => [name, ...[subs ?? []].flat()].join(' ');
  const event = { addListener() {}, removeListener() {} };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  Object.assign(permissions, { onAdded: event, onRemoved: event, contains: async () => false });
});
afterEach(cleanup);

const storedSettings = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

async function renderPage() {
  const view = render(<OptionsApp />);
  await waitFor(() =>
    expect(view.container.querySelectorAll('li.topic').length).toBe(BUNDLED_PACK.topics.length),
  );
  return view;
}

function chooseFile(input: HTMLInputElement, text: string) {
  Object.defineProperty(input, 'files', { value: [new File([text], 'settings.json')], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('switches a topic off in storage and shows it off', async () => {
    const { container } = await renderPage();
    const toggle = container.querySelector(
      'li.topic[data-topic="asylum"] input[role="switch"]',
    ) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () =>
      expect((await storedSettings())?.topics).toEqual({ asylum: { enabled: false, color: null } }),
    );
    await waitFor(() => expect(toggle.checked).toBe(false));
  });

  it('applies a too-dark custom colour as its nearest readable shade, and says so', async () => {
    const { container } = await renderPage();
    const picker = container.querySelector(
      'li.topic[data-topic="welfare"] input[type="color"]',
    ) as HTMLInputElement;
    picker.value = '#1a237e';
    fireEvent.change(picker);
    const shade = readableShade('#1a237e');
    expect(shade).not.toBe('#1a237e');
    await waitFor(async () =>
      expect((await storedSettings())?.topics).toEqual({ welfare: { enabled: true, color: shade } }),
    );
    expect(container.querySelector('li.topic[data-topic="welfare"] [role="status"]')?.textContent).toBe(
      `options_topics_adjusted #1a237e ${shade}`,
    );
  });

  it("swaps colours when a topic takes another's, so no two topics share one", async () => {
    const { container } = await renderPage();
    // The palette's yellow is the tax-cuts topic's pack colour; welfare's is pink.
    const taxCuts = BUNDLED_PACK.topics.find((t) => t.id === 'tax-cuts-privatisation');
    const welfare = BUNDLED_PACK.topics.find((t) => t.id === 'welfare');
    expect(taxCuts?.color).toBe('#ffe066');
    const yellow = container.querySelector(
      'li.topic[data-topic="welfare"] label.swatch.taken[title^="options_topics_takenBy options_topics_colors_yellow"] input',
    ) as HTMLInputElement;
    fireEvent.click(yellow);
    await waitFor(async () =>
      expect((await storedSettings())?.topics).toEqual({
        welfare: { enabled: true, color: '#ffe066' },
        'tax-cuts-privatisation': { enabled: true, color: welfare?.color },
      }),
    );
    expect(container.querySelector('li.topic[data-topic="welfare"] [role="status"]')?.textContent).toContain(
      'options_topics_swapped',
    );
    // Back to welfare's own colour: tax cuts gets its yellow back.
    fireEvent.click(
      container.querySelector('li.topic[data-topic="welfare"] button.link-button') as HTMLElement,
    );
    await waitFor(async () => expect((await storedSettings())?.topics).toEqual({}));
  });

  it('shows a change made elsewhere (another tab, a sync) without reload', async () => {
    const { container } = await renderPage();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, neverSites: ['example.se'] });
    await waitFor(() =>
      expect(container.querySelector('#never-heading ~ ul')?.textContent).toContain('example.se'),
    );
  });

  it('refuses an unusable host with a message and saves nothing', async () => {
    const { container } = await renderPage();
    const input = container.querySelector('#never-host') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '<b>not a host' } });
    fireEvent.submit(input.form as HTMLFormElement);
    await waitFor(() => expect(container.querySelector('#sites .status-error')?.textContent).not.toBe(''));
    expect(await storedSettings()).toBeUndefined();
    // The text appears as typed, never as markup.
    expect(container.querySelector('#sites b')).toBeNull();
  });

  it('shows where a refused import is wrong and changes nothing', async () => {
    const { container } = await renderPage();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, english: true });
    const before = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    const file = {
      format: 'fackkoll-settings',
      version: 1,
      settings: { ...DEFAULT_SETTINGS, mode: '<img src=x onerror=alert(1)>' },
      packs: [],
    };
    chooseFile(
      container.querySelector('#transfer input[type="file"]') as HTMLInputElement,
      JSON.stringify(file),
    );
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    // The place in words is listed; the JSON path is kept in the technical detail.
    expect(container.querySelectorAll('#transfer .error-details li')).toHaveLength(1);
    expect(container.querySelector('#transfer details.error-technical')?.textContent).toContain(
      'settings.mode',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.preview')).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toBe(before);
  });

  it('previews a valid import and applies it only on confirmation', async () => {
    const { container } = await renderPage();
    const file = {
      format: 'fackkoll-settings',
      version: 1,
      settings: { ...DEFAULT_SETTINGS, style: 'outline' },
      packs: [],
    };
    chooseFile(
      container.querySelector('#transfer input[type="file"]') as HTMLInputElement,
      JSON.stringify(file),
    );
    await waitFor(() => expect(container.querySelectorAll('.change-list li').length).toBe(1));
    expect(await storedSettings()).toBeUndefined();
    fireEvent.click(container.querySelector('.preview button.primary') as HTMLButtonElement);
    await waitFor(async () => expect((await storedSettings())?.style).toBe('outline'));
  });

  it('says in the UI language why a pack was refused, most basic first', async () => {
    useLocale('sv');
    const { container } = await renderPage();
    const broken = JSON.stringify({ ...minimalPack(), extra: 1, format: 'annat' }, null, 2);
    chooseFile(container.querySelector('#packs input[type="file"]') as HTMLInputElement, broken);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Paketet importerades inte; inget har ändrats. Filen är inte ett ståndpunktspaket för Fackkoll.',
      ),
    );
    const technical = container.querySelector('#packs details.error-technical') as HTMLDetailsElement;
    expect(technical.open).toBe(false);
    expect(technical.querySelector('summary')?.textContent).toBe('Teknisk information');
    expect(technical.textContent).toContain('extra: unknown field "extra"');
    expect(await fakeBrowser.storage.local.get('packs')).toEqual({});
  });

  it('points to the line of broken JSON in a pack file', async () => {
    useLocale('en');
    const { container } = await renderPage();
    const lines = JSON.stringify(minimalPack(), null, 2).split('\n');
    lines[2] = (lines[2] as string).replace(/,$/, '');
    chooseFile(container.querySelector('#packs input[type="file"]') as HTMLInputElement, lines.join('\n'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Line 3: a comma is missing.'),
    );
    expect(container.querySelector('#packs .error-details')?.textContent).toContain(
      'line 3, at character 21',
    );
  });

  it('imports a pack with warnings, listed politely', async () => {
    useLocale('en');
    const { container } = await renderPage();
    const pack = packNamed('varning');
    chooseFile(
      container.querySelector('#packs input[type="file"]') as HTMLInputElement,
      JSON.stringify(pack),
    );
    await waitFor(() => expect(container.querySelector('li.pack[data-pack="varning"]')).not.toBeNull());
    const warnings = container.querySelector('#packs .import-warnings') as HTMLElement;
    await waitFor(() => expect(warnings.querySelectorAll('li')).toHaveLength(2));
    expect(warnings.getAttribute('role')).toBe('status');
    expect(warnings.querySelector('p')?.textContent).toBe('Imported, with 2 things to look at:');
    expect([...warnings.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'No search term leads to the topic “Housing”, so it is never highlighted.',
      'The source “On housing” has no web address, so readers cannot open the text.',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('states every pack limit the code enforces', async () => {
    useLocale('en');
    const { container } = await renderPage();
    expect(container.querySelector('#packs .hint')?.textContent).toBe(
      'Limits that keep pages fast: at most 10 imported packs; a pack at most 30 topics, 600 search terms and 256 KB; all imported packs together at most 60 topics and 2000 search terms.',
    );
  });
});
