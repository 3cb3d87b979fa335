/**
 * Everything the popup asks of the browser and of the page, behind one interface so the
 * components can be tested with a plain object instead of real tabs and messages.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/messenger';
import type { PageState, ScanOutcome } from '../../messaging/protocol';

export interface PopupClient {
  /** The active tab of the popup's window, when no `?tab=` names one. */
  activeTabId(): Promise<number | undefined>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** undefined when no content script answers: the page has not been scanned. */
  pageState(tabId: number): Promise<PageState | undefined>;
  scan(tabId: number): Promise<ScanOutcome>;
  /** Scans a page whose content script runs already, with the English terms too (this page only). */
  scanInEnglish(tabId: number): Promise<void>;
  showOccurrence(
    tabId: number,
    topic: string,
    index: number,
  ): Promise<{ index: number; total: number } | null>;
  openSettings(): Promise<void>;
}

export const browserPopupClient: PopupClient = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  async tabUrl(tabId) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab?.url;
  },
  pageState(tabId) {
    return sendMessage('getPageState', undefined, tabId).catch(() => undefined);
  },
  scan(tabId) {
    return sendMessage('scanTab', tabId).catch(() => ({ ok: false, reason: 'error' }) as const);
  },
  async scanInEnglish(tabId) {
    await sendMessage('startScan', { english: true }, tabId).catch(() => {});
  },
  showOccurrence(tabId, topic, index) {
    return sendMessage('showOccurrence', { topic, index }, tabId).catch(() => null);
  },
  openSettings() {
    return browser.runtime.openOptionsPage();
  },
};
