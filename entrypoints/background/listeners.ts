/**
 * Background message handling: every payload is validated against the protocol schema and
 * every sender checked before anything happens.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { onMessage } from '../../messaging/messenger';
import {
  PageReportSchema,
  PageSetupRequestSchema,
  TabIdSchema,
  TopicIdSchema,
} from '../../messaging/protocol';
import { settingsItem } from '../../storage/settings';
import { badgeText, showBadge } from './badge';
import { CARD_SCRIPT_FILE } from './content-script-file';
import { openTopicDetail } from './open-topic';
import { setupForPage } from './page-setup';
import { scanTab } from './scan-tab';
import { isExtensionPage, isOwnContentScript } from './trusted-sender';
import { syncUserSites } from './user-sites';

export function registerBackgroundListeners(): void {
  const runtimeId = browser.runtime.id;
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');

  onMessage('reportPage', async ({ data, sender }) => {
    // Only the top frame's report drives the badge; frames report through their own script.
    if (!isOwnContentScript(sender, runtimeId) || (sender.frameId ?? 0) !== 0) return;
    const report = v.parse(PageReportSchema, data);
    const { badge } = await settingsItem.getValue();
    await showBadge(sender.tab.id, badgeText(report, badge));
  });

  onMessage('scanTab', async ({ data, sender }) => {
    if (!isExtensionPage(sender, runtimeId, origin)) throw new Error('scanTab: not allowed from this sender');
    return scanTab(v.parse(TabIdSchema, data));
  });

  onMessage('syncUserSites', async ({ sender }) => {
    if (!isExtensionPage(sender, runtimeId, origin))
      throw new Error('syncUserSites: not allowed from this sender');
    await syncUserSites();
  });

  onMessage('openTopicDetail', async ({ data, sender }) => {
    if (!isOwnContentScript(sender, runtimeId))
      throw new Error('openTopicDetail: not allowed from this sender');
    await openTopicDetail(sender.tab.id, v.parse(TopicIdSchema, data));
  });

  onMessage('getPageSetup', async ({ data, sender }) => {
    if (!isOwnContentScript(sender, runtimeId)) throw new Error('getPageSetup: not allowed from this sender');
    return setupForPage(v.parse(PageSetupRequestSchema, data).english);
  });

  onMessage('loadCard', async ({ sender }) => {
    if (!isOwnContentScript(sender, runtimeId)) throw new Error('loadCard: not allowed from this sender');
    // Into the asking frame only, in the extension's isolated world: the page never sees it.
    await browser.scripting.executeScript({
      target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
      files: [CARD_SCRIPT_FILE],
    });
  });

  // The keyboard shortcut scans the current tab under the activeTab grant it confers.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'scan-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await scanTab(tab.id);
  });

  // A new document in the tab: the old count no longer applies.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void showBadge(tabId, '');
  });
}
