/**
 * The content script's wiring: decides whether this page is highlighted, keeps the highlighter in
 * step with settings and packs, and answers the popup and background. Everything is registered
 * through the content-script context, so an extension reload leaves no listener, observer or mark.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHighlighter, type HighlightMatcher } from '../../core/highlight';
import { removeLeftovers } from '../../core/highlight/leftovers';
import { yieldToPage } from '../../core/highlight/sliceScheduler';
import type { PositionPack } from '../../core/pack/schema';
import type { Settings } from '../../core/settings/schema';
import { siteStatus } from '../../core/settings/sites';
import { BUNDLED_TEST_HOSTS } from '../../data/test-hosts';
import { onMessage, sendMessage } from '../../messaging/messenger';
import { OccurrenceRequestSchema, type PageState } from '../../messaging/protocol';
import { getActivePacks, watchActivePacks } from '../../storage/active-packs';
import { settingsItem } from '../../storage/settings';
import { disposeQuietly } from './dispose-quietly';
import { buildMatcher, configChange, highlightConfig, prepareMatcher } from './highlight-config';
import { notifyMarkActivated } from './mark-activations';
import { pageReport } from './page-report';
import { publishTestState } from './test-probe';

const TEST_BUILD = import.meta.env.WXT_TEST_HOSTS === '1';

/** Until the real matcher is built (only on pages that are highlighted): matches nothing. */
const NO_MATCHER: HighlightMatcher = { regex: /(?!)/gu, topicOf: () => undefined };

export async function startPageHighlighting(ctx: ContentScriptContext): Promise<void> {
  const host = location.hostname;
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('sv') ? 'sv' : 'en';
  let settings: Settings = await settingsItem.getValue();
  let packs: PositionPack[] = await getActivePacks();
  if (ctx.isInvalid) return;

  let config = highlightConfig(packs, settings, lang);
  /** The user asked for this tab (toolbar, shortcut): highlight whatever the site rules say. */
  let requested = false;
  let lastReport = '';

  removeLeftovers(document);
  const highlighter = createHighlighter({
    document,
    matcher: NO_MATCHER,
    appearance: config.appearance,
    timers: {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as number),
    },
    onActivate: notifyMarkActivated,
    onSettled: () => report(),
    onPending: TEST_BUILD ? () => publishTestState(highlighter) : undefined,
    // Test builds report every change: the tests read the probe right after one. Their cost
    // figures then include a report per change, an upper bound of what a release build spends.
    settleEveryMs: TEST_BUILD ? 0 : 250,
  });
  ctx.onInvalidated(() => highlighter.stop());

  const allowed = () => requested || siteStatus(host, settings, BUNDLED_TEST_HOSTS) === 'auto';

  function report(): void {
    if (ctx.isInvalid) return;
    if (TEST_BUILD) publishTestState(highlighter);
    const next = pageReport(location.href, highlighter.running ? highlighter.counts() : []);
    const key = JSON.stringify(next);
    if (key === lastReport) return;
    lastReport = key;
    // The background may be asleep or reloading; the next change reports again.
    sendMessage('reportPage', next).catch(() => {});
  }

  /** Set once the lexicon is compiled: pages that are never highlighted never compile it. */
  let prepared = false;

  async function sync(): Promise<void> {
    if (allowed() && !highlighter.running && !prepared) {
      // Compiled in slices of its own, before the first scan slice (see prepareMatcher).
      await prepareMatcher(config, yieldToPage);
      if (ctx.isInvalid) return;
      if (!prepared) {
        prepared = true;
        // The config in force now (settings may have changed meanwhile); compiled already.
        highlighter.setMatcher(buildMatcher(config));
      }
    }
    if (allowed() && !highlighter.running) {
      await highlighter.start();
      report();
    } else if (!allowed() && highlighter.running) {
      highlighter.stop();
      report();
    }
  }

  function apply(nextSettings: Settings, nextPacks: PositionPack[]): void {
    // Switching the site off in the popup also ends a scan the user asked for earlier.
    if (siteStatus(host, nextSettings, BUNDLED_TEST_HOSTS) === 'never') requested = false;
    settings = nextSettings;
    packs = nextPacks;
    const next = highlightConfig(packs, settings, lang);
    const change = configChange(config, next);
    config = next;
    if (change.kind !== 'none') highlighter.setAppearance(next.appearance);
    // Before the first compile, sync() builds the matcher from the config in force then.
    if (prepared && change.kind === 'remove-topics')
      highlighter.removeTopics(change.topics, buildMatcher(next));
    if (prepared && change.kind === 'rematch') void highlighter.replaceMatcher(buildMatcher(next));
    void sync();
  }

  const stopWatchingSettings = settingsItem.watch((next) => apply(next, packs));
  const stopWatchingPacks = watchActivePacks((next) => apply(settings, next));
  ctx.onInvalidated(disposeQuietly(stopWatchingSettings));
  ctx.onInvalidated(disposeQuietly(stopWatchingPacks));

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // A single-page site swapped its content: marks on removed nodes are gone already.
    if (highlighter.running) void highlighter.rescan().then(report);
  });

  const listeners = [
    onMessage('startScan', async () => {
      requested = true;
      if (highlighter.running) await highlighter.rescan();
      else await sync();
    }),
    onMessage('getPageState', (): PageState => {
      if (!highlighter.running) return { kind: 'site-off', host };
      if (highlighter.busy) return { kind: 'scanning' };
      return { kind: 'done', report: pageReport(location.href, highlighter.counts()) };
    }),
    onMessage('showOccurrence', ({ data }) => {
      const request = v.parse(OccurrenceRequestSchema, data);
      return highlighter.showOccurrence(request.topic, request.index);
    }),
  ];
  for (const remove of listeners) ctx.onInvalidated(remove);

  await sync();
  // Not highlighted here: still tell the background (badge) and, in test builds, the tests.
  if (!highlighter.running) report();
}
