// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_CLASS, UI_ATTR } from '../../../../../core/highlight/constants';
import { BUNDLED_PACK } from '../../../../../core/pack/bundled';
import { storePacksIfChanged } from '../../../../../entrypoints/background/page-setup';
import { CARD_TAG } from '../../../../../entrypoints/content/card/card-tag';
import { closeCard, isCardOpen, mountTopicCard } from '../../../../../entrypoints/content/card/mount-card';
import { startTopicCards } from '../../../../../entrypoints/content/card/topic-cards';
import { onMessage } from '../../../../../messaging/messenger';
import { getDismissalContext } from '../../../../../storage/dismissal-context';
import { settingsItem } from '../../../../../storage/settings';
import { useLocale } from '../../popup/support';

const packs = [BUNDLED_PACK];
let ctx: ContentScriptContext;

function article(): { welfare: HTMLElement; industry: HTMLElement; outside: HTMLElement } {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const mark = (topic: string, text: string) => {
    const m = document.createElement('mark');
    m.dataset.fackkollTopic = topic;
    m.tabIndex = 0;
    m.textContent = text;
    return m;
  };
  const welfare = mark('welfare', 'välfärden');
  const industry = mark('industry', 'industrin');
  const outside = document.createElement('span');
  outside.textContent = 'annan text';
  p.append('Regionen sparar på ', welfare, ' och ', industry, '. ', outside);
  document.body.append(p);
  return { welfare, industry, outside };
}

const cards = () => [...document.querySelectorAll(CARD_TAG)];
const shadow = () => (cards()[0] as HTMLElement).shadowRoot as ShadowRoot;
const dialog = () => shadow().querySelector('[role="dialog"]') as HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('sv');
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  closeCard();
  ctx.abort();
});

describe('in-page card', () => {
  it('opens next to the mark in a shadow root, with topic, figures and source', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    expect(cards()).toHaveLength(1);
    const host = cards()[0] as HTMLElement;
    expect(host.hasAttribute(UI_ATTR)).toBe(true);
    expect(dialog().getAttribute('aria-labelledby')).toBe('fk-card-title-welfare');
    const text = dialog().textContent ?? '';
    expect(text).toContain('Välfärd och välfärdssektorn');
    expect(text).toContain('290\u00a0000');
    expect(text).toContain(
      'Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding)',
    );
    expect(dialog().querySelector('.fk-more')).toBeNull();
    // Styles live inside the shadow root only (vitest stubs the CSS text itself; e2e sees it).
    expect(shadow().querySelector('style')?.textContent).toContain(':host{all:initial');
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('says which word is marked and for which topic', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    expect(dialog().querySelector('.fk-why')?.textContent).toBe(
      'Markerat för: ”välfärden” (Välfärd och välfärdssektorn)',
    );
  });

  it('copies the lead position with its source and pack from the click, or shows it to copy by hand', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    document.body.replaceChildren();
    const p = document.createElement('p');
    const anchor = document.createElement('mark');
    anchor.textContent = 'uppehållstillstånd';
    p.append('LO kräver permanenta ', anchor, ' för alla som fått asyl.');
    document.body.append(p);
    await mountTopicCard(ctx, { anchor, topic: 'residence-permits', packs });
    const button = [...dialog().querySelectorAll('button')].find((b) => b.textContent === 'Kopiera citat');
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(button as HTMLElement);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    const statement = dialog().querySelector('.fk-statement')?.textContent ?? '';
    expect(copied.split('\n')).toEqual([
      `Uppehållstillstånd och utvisning – fackets ståndpunkt: ${statement}`,
      expect.stringMatching(/^Källa: Sammanfattning av stycke.* i en debattartikel av .+\.$/),
      'Ur ståndpunktspaketet ”Fackkolls inbyggda ståndpunkter”, version 1.1.0, visat med Fackkoll.',
    ]);
    await waitFor(() =>
      expect(dialog().querySelector('.fk-copy-status')?.textContent).toBe(
        'Kopierat. Klistra in var du vill.',
      ),
    );

    writeText.mockRejectedValueOnce(new Error('not allowed'));
    fireEvent.click(button as HTMLElement);
    await waitFor(() => expect(dialog().querySelector('.fk-copy-fallback textarea')).not.toBeNull());
    expect((dialog().querySelector('.fk-copy-fallback textarea') as HTMLTextAreaElement).value).toBe(copied);
  });

  it('takes the word off the topic on this site, stays open for undo, and undoes it', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    const find = (name: string) =>
      [...dialog().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLElement;
    fireEvent.click(find('Inte det här ämnet här?'));
    expect(dialog().querySelector('legend')?.textContent).toBe(
      'Sluta markera ”välfärden” som Välfärd och välfärdssektorn:',
    );
    fireEvent.click(find(`På ${location.hostname.replace(/^www\./, '')}`));
    await waitFor(async () =>
      expect((await settingsItem.getValue()).dismissed).toEqual([
        { topic: 'welfare', term: 'välfärden', site: location.hostname.replace(/^www\./, '') },
      ]),
    );
    expect(Object.values(await getDismissalContext()).map((c) => c.sentence)).toEqual([
      'Regionen sparar på välfärden och industrin.',
    ]);
    // The highlighter takes the mark away; the card stays so the reader can undo.
    welfare.replaceWith('välfärden');
    await waitFor(() =>
      expect(dialog().querySelector('.fk-dismiss-status')?.textContent).toContain('markeras inte längre'),
    );
    expect(cards()).toHaveLength(1);
    fireEvent.click(find('Ångra'));
    await waitFor(async () => expect((await settingsItem.getValue()).dismissed).toEqual([]));
    expect(await getDismissalContext()).toEqual({});
    await waitFor(() =>
      expect(dialog().querySelector('.fk-dismiss-status')?.textContent).toBe(
        '”välfärden” markeras som Välfärd och välfärdssektorn igen.',
      ),
    );
    // The highlighter marks the word again as a new element: closing returns focus to that one.
    const text = [...(document.querySelectorAll('p')[0]?.childNodes ?? [])].find(
      (n) => n.textContent === 'välfärden',
    );
    const again = document.createElement('mark');
    again.className = MARK_CLASS;
    again.tabIndex = 0;
    again.textContent = 'välfärden';
    text?.replaceWith(again);
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(cards()).toHaveLength(0);
    expect(document.activeElement).toBe(again);
  });

  it('says so, and stores nothing, when the settings are full', async () => {
    const full = Array.from({ length: 40 }, (_, i) => ({ topic: 'welfare', term: `ord${i}` }));
    await settingsItem.setValue({ ...(await settingsItem.getValue()), dismissed: full });
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    const find = (name: string) =>
      [...dialog().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLElement;
    fireEvent.click(find('Inte det här ämnet här?'));
    fireEvent.click(find('Överallt'));
    await waitFor(() =>
      expect(dialog().querySelector('[role="alert"]')?.textContent).toContain('Kunde inte spara: at most 40'),
    );
    expect((await settingsItem.getValue()).dismissed).toEqual(full);
  });

  it('shows the topic overview when no position speaks to the passage', async () => {
    // "Regionen sparar på välfärden och industrin": no welfare position is about that.
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    const text = dialog().textContent ?? '';
    expect(text).toContain('Det här säger facket om ämnet');
    expect(text).toContain(BUNDLED_PACK.topics.find((t) => t.id === 'welfare')?.stance?.sv);
    expect(text).toContain('Ingen enskild ståndpunkt');
    expect(dialog().querySelectorAll('.fk-position')).toHaveLength(0);
  });

  it('shows what the topic covers when its pack gives no stance, never a position as if it fit', async () => {
    const { welfare } = article();
    const noStance = {
      ...BUNDLED_PACK,
      topics: BUNDLED_PACK.topics.map(({ stance: _, ...t }) => t),
    } as typeof BUNDLED_PACK;
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs: [noStance] });
    const text = dialog().textContent ?? '';
    expect(text).toContain(BUNDLED_PACK.topics.find((t) => t.id === 'welfare')?.description.sv);
    expect(dialog().querySelectorAll('.fk-position')).toHaveLength(0);
  });

  it('opens on the position that speaks to the passage, saying what it is about', async () => {
    const passage = (before: string, word: string, after: string) => {
      document.body.replaceChildren();
      const p = document.createElement('p');
      const mark = document.createElement('mark');
      mark.textContent = word;
      p.append(before, mark, after);
      document.body.append(p);
      return mark;
    };
    const lead = () => dialog().querySelector('.fk-position')?.getAttribute('data-position');
    const deport = passage('Hon hotas av ', 'utvisning', ' om hon förlorar sin anställning.');
    await mountTopicCard(ctx, { anchor: deport, topic: 'residence-permits', packs });
    expect(lead()).toBe('residence-permits-deportation-threat');
    expect(dialog().querySelector('.fk-fit')?.textContent).toBe(
      'Ståndpunkten gäller: hot om utvisning gör arbetare otrygga',
    );
    closeCard();
    const permanent = passage('LO kräver permanenta ', 'uppehållstillstånd', ' för alla som fått asyl.');
    await mountTopicCard(ctx, { anchor: permanent, topic: 'residence-permits', packs });
    expect(lead()).toBe('residence-permits-permanent-after-asylum');
    expect(dialog().querySelectorAll('.fk-position')).toHaveLength(1);
  });

  it('takes focus, and Escape closes it and returns focus to the mark', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    expect(shadow().activeElement).toBe(dialog());
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(cards()).toHaveLength(0);
    expect(isCardOpen()).toBe(false);
    expect(document.activeElement).toBe(welfare);
  });

  it('closes with its close button and returns focus', async () => {
    const { industry } = article();
    await mountTopicCard(ctx, { anchor: industry, topic: 'industry', packs });
    fireEvent.click(shadow().querySelector('button[aria-label="Stäng"]') as HTMLElement);
    expect(cards()).toHaveLength(0);
    expect(document.activeElement).toBe(industry);
  });

  it('closes on a press outside it but not on a press inside it or on its mark', async () => {
    const { welfare, outside } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    fireEvent.pointerDown(dialog());
    fireEvent.pointerDown(welfare);
    expect(cards()).toHaveLength(1);
    fireEvent.pointerDown(outside);
    expect(cards()).toHaveLength(0);
  });

  it('goes away when its word leaves the page', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    welfare.replaceWith('välfärden');
    await waitFor(() => expect(cards()).toHaveLength(0));
  });

  it('shows one card at a time', async () => {
    const { welfare, industry } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    await mountTopicCard(ctx, { anchor: industry, topic: 'industry', packs });
    expect(cards()).toHaveLength(1);
    expect(dialog().textContent).toContain('Industri och exportindustri');
    await mountTopicCard(ctx, { anchor: industry, topic: 'industry', packs });
    expect(cards()).toHaveLength(1);
  });

  it('lets the latest of two quick activations win', async () => {
    const { welfare, industry } = article();
    await Promise.all([
      mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs }),
      mountTopicCard(ctx, { anchor: industry, topic: 'industry', packs }),
    ]);
    expect(cards()).toHaveLength(1);
    expect(dialog().textContent).toContain('Industri och exportindustri');
  });

  it('keeps Tab inside the card', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    const buttons = [...dialog().querySelectorAll('button')];
    const [first, last] = [buttons[0] as HTMLElement, buttons.at(-1) as HTMLElement];
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(shadow().activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(shadow().activeElement).toBe(last);
  });

  it('asks the background to open the topic detail', async () => {
    const opened = vi.fn();
    onMessage('openTopicDetail', ({ data }) => opened(data));
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    fireEvent.click(dialog().querySelector('.fk-card-foot button') as HTMLElement);
    await waitFor(() => expect(opened).toHaveBeenCalledWith('welfare'));
    expect(cards()).toHaveLength(0);
  });

  it('ignores a topic no active pack knows', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'no-such-topic', packs });
    expect(cards()).toHaveLength(0);
  });

  it('goes away with the content script', async () => {
    const { welfare } = article();
    await mountTopicCard(ctx, { anchor: welfare, topic: 'welfare', packs });
    ctx.abort();
    expect(cards()).toHaveLength(0);
    expect(isCardOpen()).toBe(false);
  });

  it('opens for an activated mark, and stops with the content script', async () => {
    const { welfare, industry } = article();
    // The background keeps this copy of the packs for pages (entrypoints/background/page-setup.ts).
    await storePacksIfChanged([BUNDLED_PACK]);
    const open = startTopicCards(ctx);
    open({ mark: welfare, topic: 'welfare', event: new MouseEvent('click') });
    await waitFor(() => expect(cards()).toHaveLength(1));
    ctx.abort();
    expect(cards()).toHaveLength(0);
    open({ mark: industry, topic: 'industry', event: new MouseEvent('click') });
    await new Promise((r) => setTimeout(r, 20));
    expect(cards()).toHaveLength(0);
  });
});
