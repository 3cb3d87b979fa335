import { browser } from 'wxt/browser';
import type { Settings } from '../../core/settings/schema';
import type { PageReport } from '../../messaging/protocol';

/** Text for the toolbar badge: topics found or matches, capped so it fits the badge. */
export function badgeText(report: PageReport | null, mode: Settings['badge']): string {
  if (!report || mode === 'off') return '';
  const n = mode === 'matches' ? report.total : report.topics.length;
  if (n === 0) return '';
  return n > 999 ? '999+' : String(n);
}

/** MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(tabId: number, text: string): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ tabId, color: '#0b2545' });
  await action.setBadgeText({ tabId, text });
}
