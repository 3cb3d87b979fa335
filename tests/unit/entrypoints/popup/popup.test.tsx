// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/popup/App';
import { settingsItem } from '../../../../storage/settings';
import { DEMO_REPORT, type FakeClient, fakeClient, useLocale } from './support';

const params = { tabId: 7, topic: undefined };

function renderPopup(client: FakeClient, p: { tabId?: number; topic?: string } = params) {
  return render(<App client={client} params={{ tabId: p.tabId, topic: p.topic }} />);
}

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('sv');
});
afterEach(cleanup);

describe('popup states', () => {
  it('shows placeholder rows while the page is asked, then the result', async () => {
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } });
    const { container } = renderPopup(client);
    expect(container.querySelectorAll('.fk-skeleton-row')).toHaveLength(3);
    expect(await screen.findByText('Välfärd och välfärdssektorn')).toBeTruthy();
    expect(container.querySelector('.fk-skeleton')).toBeNull();
  });

  it('offers to scan a page that has not been scanned, then shows what the scan found', async () => {
    const client = fakeClient({
      url: 'https://example.com/article',
      pages: [
        undefined,
        { kind: 'scanning' },
        { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] },
      ],
    });
    renderPopup(client);
    const button = await screen.findByRole('button', { name: 'Sök igenom sidan' });
    expect(screen.getByRole('heading', { name: 'Sidan är inte genomsökt' })).toBeTruthy();
    fireEvent.click(button);
    expect(await screen.findByText('Letar efter fackliga ämnen på sidan…')).toBeTruthy();
    expect(client.scan).toHaveBeenCalledWith(7);
    expect(await screen.findByText('Välfärd och välfärdssektorn', {}, { timeout: 3000 })).toBeTruthy();
  });

  it('says scanning while the content script is still reading the page', async () => {
    renderPopup(fakeClient({ page: { kind: 'scanning' } }));
    expect(await screen.findByRole('heading', { name: 'Letar efter fackliga ämnen på sidan…' })).toBeTruthy();
  });

  it('says when nothing was found', async () => {
    renderPopup(
      fakeClient({
        page: { kind: 'done', report: { ...DEMO_REPORT, topics: [], total: 0 }, topics: [], positions: [] },
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Inga fackliga ämnen på sidan' })).toBeTruthy();
    expect(
      screen.getByRole('switch', { name: 'Markera på den här sajten' }).getAttribute('aria-checked'),
    ).toBe('true');
  });

  it('explains a page no extension may read, without a scan button', async () => {
    renderPopup(fakeClient({ page: undefined, url: 'chrome://settings' }));
    expect(await screen.findByRole('heading', { name: 'Fackkoll kan inte läsa den här sidan' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sök igenom sidan' })).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('names a refused scan', async () => {
    renderPopup(fakeClient({ page: undefined, scan: { ok: false, reason: 'no-permission' } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sök igenom sidan' }));
    expect(await screen.findByRole('heading', { name: 'Fackkoll fick inte läsa sidan' })).toBeTruthy();
    // The live poll must not turn "not allowed" into "not scanned" a second later.
    await new Promise((r) => setTimeout(r, 1500));
    expect(screen.getByRole('heading', { name: 'Fackkoll fick inte läsa sidan' })).toBeTruthy();
  });

  it('has the switch right there when highlighting is off for the site, and switching on scans', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), neverSites: ['dn.se'] });
    const client = fakeClient({ page: { kind: 'site-off', host: 'www.dn.se' } });
    renderPopup(client);
    expect(
      await screen.findByRole('heading', { name: 'Markeringen är avstängd på den här sajten' }),
    ).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: 'Markera på den här sajten' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(client.scan).toHaveBeenCalledWith(7));
    expect((await settingsItem.getValue()).neverSites).toEqual([]);
  });

  it('offers a scan on a listed site in on-demand mode rather than calling it off', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), mode: 'on-demand' });
    const client = fakeClient({ page: { kind: 'site-off', host: 'www.dn.se' } });
    renderPopup(client);
    // The text says why it waits (the mode), not that news sites are read by themselves.
    expect(await screen.findByText(/bara markerar när du ber om det/)).toBeTruthy();
    expect(screen.queryByText(/läser nyhetssajterna på sin lista av sig själv/)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Sök igenom sidan' }));
    await waitFor(() => expect(client.scan).toHaveBeenCalledWith(7));
  });

  it('says automatic highlighting is off for a news site switched off in the options', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), disabledNewsSites: ['dn.se'] });
    renderPopup(fakeClient({ page: { kind: 'site-off', host: 'www.dn.se' } }));
    expect(await screen.findByText(/Automatisk markering är avstängd för www\.dn\.se/)).toBeTruthy();
  });

  it('switching off adds the site to the never list', async () => {
    renderPopup(
      fakeClient({
        page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] },
        url: 'https://www.dn.se/x',
      }),
    );
    fireEvent.click(await screen.findByRole('switch', { name: 'Markera på den här sajten' }));
    await waitFor(async () => expect((await settingsItem.getValue()).neverSites).toEqual(['dn.se']));
    expect(
      await screen.findByRole('heading', { name: 'Markeringen är avstängd på den här sajten' }),
    ).toBeTruthy();
    expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    // With the site off there are no highlights to show or hide.
    expect(screen.getAllByRole('switch')).toHaveLength(1);
  });

  it('hides the highlights on the site and keeps the list, and shows them again', async () => {
    renderPopup(
      fakeClient({
        page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] },
        url: 'https://www.dn.se/x',
      }),
    );
    const shown = await screen.findByRole('switch', { name: 'Visa markeringar på sidan' });
    expect(shown.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(shown);
    await waitFor(async () => expect((await settingsItem.getValue()).quietSites).toEqual(['dn.se']));
    await waitFor(() => expect(shown.getAttribute('aria-checked')).toBe('false'));
    // The list stays, and the site is still on.
    expect(screen.getByText('Välfärd och välfärdssektorn')).toBeTruthy();
    expect(
      screen.getByRole('switch', { name: 'Markera på den här sajten' }).getAttribute('aria-checked'),
    ).toBe('true');
    fireEvent.click(shown);
    await waitFor(async () => expect((await settingsItem.getValue()).quietSites).toEqual([]));
  });

  it('uses the active tab when the URL names none', async () => {
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } });
    renderPopup(client, {});
    await screen.findByText('Välfärd och välfärdssektorn');
    expect(client.activeTabId).toHaveBeenCalled();
    expect(client.pageState).toHaveBeenCalledWith(7);
  });
});

describe('popup results', () => {
  it('lists topics most frequent first with colour, name and count', async () => {
    const { container } = renderPopup(
      fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } }),
    );
    await screen.findByText('Välfärd och välfärdssektorn');
    const rows = [...container.querySelectorAll<HTMLElement>('.fk-topic')];
    expect(rows.map((row) => row.dataset.topic)).toEqual(['welfare', 'industry', 'asylum']);
    expect(rows.map((row) => row.querySelector('.fk-count')?.textContent)).toEqual([
      '7 träffar',
      '4 träffar',
      '3 träffar',
    ]);
    expect(rows[0]?.querySelector<HTMLElement>('.fk-swatch')?.style.backgroundColor).toBeTruthy();
    expect(screen.getByText('3 ämnen på sidan')).toBeTruthy();
  });

  it('lists every topic folded, and opens one with its position, figures and source', async () => {
    const { container } = renderPopup(
      fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } }),
    );
    const welfare = await screen.findByRole('button', { name: /^Välfärd och välfärdssektorn/ });
    // The list is the overview: nothing is open until the reader asks.
    const toggles = [...container.querySelectorAll('.fk-topic-toggle')];
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'false']);
    expect(container.querySelectorAll('.fk-position')).toHaveLength(0);
    const chevron = () => welfare.querySelector('.fk-disclosure path')?.getAttribute('d');
    expect(chevron()).toBe('M4 6l4 4 4-4');
    fireEvent.click(welfare);
    expect(welfare.getAttribute('aria-expanded')).toBe('true');
    // Drawn pointing up, not rotated (a rotated SVG rendered as a stray stroke).
    expect(chevron()).toBe('M4 10l4-4 4 4');
    const details = container.querySelector('#fk-details-welfare') as HTMLElement;
    expect(within(details).getByRole('heading', { name: 'Det här säger facket' })).toBeTruthy();
    expect(details.textContent).toContain('290\u00a0000');
    expect(details.textContent).toContain(
      'Källa: Sammanfattning av stycken 11 och 17 i en debattartikel av Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding)',
    );

    const industry = screen.getByRole('button', { name: /^Industri och exportindustri/ });
    expect(industry.getAttribute('aria-expanded')).toBe('false');
    expect((container.querySelector('#fk-details-industry') as HTMLElement).hidden).toBe(true);
    fireEvent.click(industry);
    expect(industry.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('#fk-details-industry')?.textContent).toContain('stycke 8');
  });

  it('shows the lead position first and unfolds the rest on request, moving focus to them', async () => {
    const { container } = renderPopup(
      fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } }),
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Välfärd och välfärdssektorn/ }));
    const details = container.querySelector('#fk-details-welfare') as HTMLElement;
    expect(details.querySelectorAll('.fk-position')).toHaveLength(1);
    fireEvent.click(within(details).getByRole('button', { name: 'Visa alla 7 ståndpunkter' }));
    const positions = details.querySelectorAll('.fk-position');
    expect(positions).toHaveLength(7);
    expect(document.activeElement).toBe(positions[1]);
    expect(within(details).queryByRole('button', { name: /Visa alla/ })).toBeNull();
  });

  it('says so when the op-ed gives no figures for a topic', async () => {
    renderPopup(fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } }));
    fireEvent.click(await screen.findByRole('button', { name: /^Asyl och flyktingmottagande/ }));
    expect(screen.getByText('Debattartikeln anger inga siffror om det här.')).toBeTruthy();
  });

  it('steps to the next and previous occurrence, wrapping at both ends', async () => {
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } });
    const { container } = renderPopup(client);
    const next = await screen.findByRole('button', { name: 'Nästa träff för Asyl och flyktingmottagande' });
    const previous = screen.getByRole('button', { name: 'Föregående träff för Asyl och flyktingmottagande' });
    const status = container.querySelector('[data-topic="asylum"] .fk-nav-status') as HTMLElement;
    expect(status.getAttribute('aria-live')).toBe('polite');

    fireEvent.click(next);
    await waitFor(() => expect(status.textContent).toBe('1 av 3'));
    expect(client.showOccurrence).toHaveBeenLastCalledWith(7, 'asylum', 0);
    fireEvent.click(next);
    await waitFor(() => expect(status.textContent).toBe('2 av 3'));
    expect(client.showOccurrence).toHaveBeenLastCalledWith(7, 'asylum', 1);
    fireEvent.click(previous);
    fireEvent.click(previous);
    await waitFor(() => expect(status.textContent).toBe('3 av 3'));
    expect(client.showOccurrence).toHaveBeenLastCalledWith(7, 'asylum', -1);
  });

  it('starts from the last occurrence when previous is pressed first', async () => {
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } });
    renderPopup(client);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Föregående träff för Industri och exportindustri' }),
    );
    await waitFor(() => expect(client.showOccurrence).toHaveBeenCalledWith(7, 'industry', -1));
  });

  it('opens the settings', async () => {
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } });
    renderPopup(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Inställningar' }));
    expect(client.openSettings).toHaveBeenCalled();
  });
});

describe('a page not in Swedish', () => {
  it('says so and scans it with the English words when asked', async () => {
    const client = fakeClient({
      pages: [
        { kind: 'not-swedish', host: 'www.dn.se' },
        { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] },
      ],
    });
    renderPopup(client);
    expect(await screen.findByText('Sidan verkar inte vara på svenska')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sök med engelska ord' }));
    await waitFor(() => expect(client.scanInEnglish).toHaveBeenCalledWith(7));
    expect(await screen.findByText('7 träffar')).toBeTruthy();
  });
});

describe('topic detail (?topic=…)', () => {
  it('shows the one topic open with its count, and the way back to all topics', async () => {
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } });
    const { container } = renderPopup(client, { tabId: 7, topic: 'industry' });
    await waitFor(() =>
      expect(container.querySelector('[data-topic="industry"] .fk-count')?.textContent).toBe('4 träffar'),
    );
    expect(container.querySelectorAll('.fk-topic')).toHaveLength(1);
    expect(container.querySelectorAll('.fk-position')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /^Industri och exportindustri/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Alla ämnen på sidan' }));
    expect(container.querySelectorAll('.fk-topic')).toHaveLength(3);
  });

  it('keeps the page order of positions: the one that speaks to the page leads', async () => {
    const positions = ['industry-jobs-in-stockholm'];
    const client = fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions } });
    const { container } = renderPopup(client, { tabId: 7, topic: 'industry' });
    await waitFor(() => expect(container.querySelectorAll('.fk-position')).toHaveLength(4));
    const first = container.querySelector('.fk-position')?.textContent ?? '';
    expect(first).toContain('Industrin är en stor arbetsgivare i Stockholms län');
  });
});

describe('popup in English', () => {
  it('shows UI text and pack text in English', async () => {
    useLocale('en');
    const { container } = renderPopup(
      fakeClient({ page: { kind: 'done', report: DEMO_REPORT, topics: [], positions: [] } }),
    );
    expect(await screen.findByText('Welfare and the welfare sector')).toBeTruthy();
    expect(screen.getByText('7 matches')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Welfare and the welfare sector/ }));
    expect(container.querySelector('#fk-details-welfare')?.textContent).toContain(
      'Source: Summary of paragraphs 11 and 17 of an op-ed by Kommunals',
    );
    expect(
      screen.getByRole('button', { name: 'Next match for Welfare and the welfare sector' }),
    ).toBeTruthy();
  });
});
