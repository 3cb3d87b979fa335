/** Shared test setup for the popup and card: real locale files, a scripted popup client. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupClient } from '../../../../entrypoints/popup/popup-client';
import type { PageReport, PageState, ScanOutcome } from '../../../../messaging/protocol';

const LOCALES = resolve(import.meta.dirname, '../../../../locales');

/** browser.i18n.getMessage backed by locales/<lang>.yml, as the built extension would be. */
export function useLocale(lang: 'en' | 'sv'): void {
  const messages = generateChromeMessages(
    parseMessagesText(readFileSync(`${LOCALES}/${lang}.yml`, 'utf8'), 'YAML'),
  );
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (name: string, subs?: string | (string | number)[]) => {
      const list = typeof subs === 'string' ? [subs] : (subs ?? []);
      const message = messages[name]?.message ?? '';
      return message.replace(/\$(\d)/g, (_, n: string) => String(list[Number(n) - 1] ?? ''));
    },
  );
}

/** The demo article's topics as the content script reports them, most frequent first. */
export const DEMO_REPORT: PageReport = {
  url: 'https://www.dn.se/demo',
  topics: [
    { topic: 'welfare', count: 7 },
    { topic: 'industry', count: 4 },
    { topic: 'asylum', count: 3 },
  ],
  total: 14,
};

export type FakeClient = { [K in keyof PopupClient]: ReturnType<typeof vi.fn> & PopupClient[K] };

export function fakeClient(
  opts: { page?: PageState; url?: string; scan?: ScanOutcome; pages?: (PageState | undefined)[] } = {},
): FakeClient {
  const queue = [...(opts.pages ?? [])];
  return {
    activeTabId: vi.fn(async () => 7),
    tabUrl: vi.fn(async () => opts.url ?? 'https://www.dn.se/demo'),
    // The popup asks again while it is open: the last scripted answer stands.
    pageState: vi.fn(async () => (queue.length > 1 ? queue.shift() : (queue[0] ?? opts.page))),
    scan: vi.fn(async () => opts.scan ?? { ok: true }),
    scanInEnglish: vi.fn(async () => {}),
    showOccurrence: vi.fn(async (_tab: number, _topic: string, index: number) => {
      const total = 3;
      return { index: ((index % total) + total) % total, total };
    }),
    openSettings: vi.fn(async () => {}),
  } as FakeClient;
}
