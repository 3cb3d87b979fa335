/**
 * Small reads and writes through the extension's own APIs, for tests that need state the page
 * cannot show: the badge, the stored settings and packs, the test build's probe on <html>.
 */
import type { Page } from 'puppeteer-core';
import type { TestState } from '../../../entrypoints/content/test-probe';
import type { Session } from './launch';

type Ext = {
  storage: { sync: { set(v: object): Promise<void> }; local: { set(v: object): Promise<void> } };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

/**
 * Runs `fn` in a throwaway extension page. `fn` is sent as source and must name the API itself
 * (`globalThis.browser ?? globalThis.chrome`): extension pages forbid eval, so no closures.
 */
export async function inExtensionPage<A, R>(
  session: Session,
  fn: (arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  const page = await session.openExtensionPage('popup.html?tab=0');
  try {
    return (await page.evaluate(fn as never, arg as never)) as R;
  } finally {
    await page.close();
  }
}

/** Writes `sync.settings` and `local.packs` as the options page would. */
export function writeStorage(session: Session, values: { settings?: object; packs?: object[] }) {
  return inExtensionPage(
    session,
    async (v: { settings?: object; packs?: object[] }) => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      const b = g.browser ?? g.chrome;
      if (v.settings) await b.storage.sync.set({ settings: v.settings });
      if (v.packs) await b.storage.local.set({ packs: v.packs });
    },
    values,
  );
}

/** The toolbar badge of a tab (MV3 `action`, Firefox MV2 `browserAction`). */
export function badgeOf(session: Session, tabId: number): Promise<string> {
  return inExtensionPage(
    session,
    async (id: number) => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      const b = g.browser ?? g.chrome;
      const action = b.action ?? b.browserAction;
      return (await action?.getBadgeText({ tabId: id })) ?? '';
    },
    tabId,
  );
}

/** The highlighter's state as the test build publishes it on <html>; null before the first report. */
export async function probeOf(page: Page): Promise<TestState | null> {
  const raw = await page.evaluate(() => document.documentElement.getAttribute('data-fackkoll-test'));
  return raw === null ? null : (JSON.parse(raw) as TestState);
}

/** Chooses a file in an input, as the file picker would. */
export async function chooseFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  // The options page renders its sections after reading storage: the input may not be there yet.
  await page.waitForSelector(selector);
  await page.evaluate(
    (sel, n, t) => {
      const input = document.querySelector(sel) as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([t], n, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    name,
    text,
  );
}
