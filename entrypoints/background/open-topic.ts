import { browser } from 'wxt/browser';

/**
 * Opens the popup's detail for a topic. The toolbar popup can only be opened by the browser
 * in some contexts, so we fall back to the popup page in a tab, scoped to the page's tab.
 */
export async function openTopicDetail(tabId: number, topic: string): Promise<void> {
  const url = browser.runtime.getURL(`/popup.html?tab=${tabId}&topic=${encodeURIComponent(topic)}`);
  await browser.tabs.create({ url, openerTabId: tabId });
}
