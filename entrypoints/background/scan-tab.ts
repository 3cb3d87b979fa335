import { browser } from 'wxt/browser';
import { isRestrictedUrl } from '../../core/restricted-url';
import { sendMessage } from '../../messaging/messenger';
import type { ScanOutcome } from '../../messaging/protocol';
import { CONTENT_SCRIPT_FILE } from './content-script-file';

/**
 * Scans a tab the user pointed at. The content script may already be there (default news
 * site in on-demand mode); otherwise we inject it under the activeTab grant.
 */
export async function scanTab(tabId: number): Promise<ScanOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || isRestrictedUrl(tab.url)) return { ok: false, reason: 'restricted' };
  try {
    await sendMessage('startScan', undefined, tabId);
    return { ok: true };
  } catch {
    // No content script yet: inject it, then ask again.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    await sendMessage('startScan', undefined, tabId);
    return { ok: true };
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    return { ok: false, reason: /permission|access|host/i.test(message) ? 'no-permission' : 'error' };
  }
}
