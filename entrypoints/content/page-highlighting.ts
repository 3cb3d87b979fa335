/**
 * The content script's wiring: decides whether this page is highlighted, keeps the highlighter in
 * step with settings and packs, and answers the popup and background. Everything is registered
 * through the content-script context, so an extension reload leaves no listener, observer or mark.
 */

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { i18n } from '#i18n';
import { uiLanguage } from '../../components/ui-language';
import { createHighlighter, type Highlighter, removeLeftovers, yieldToPage } from '../../core/highlight';
import type { Settings } from '../../core/settings/schema';
import { siteStatus } from '../../core/settings/sites';
import { pageLanguage } from '../../core/text/page-language';
import { BUNDLED_TEST_HOSTS } from '../../data/test-hosts';
import { onMessage, sendMessage } from '../../messaging/messenger';
import { parseOccurrenceRequest, parseStartScan } from '../../messaging/page-requests';
import type { PageState } from '../../messaging/protocol';
import { EXTENSION_VERSION } from '../../storage/extension-version';
import { markStyleItem } from '../../storage/mark-style';
import { type PageSetup, pageSetupItem, usableSetup } from '../../storage/page-setup';
import { settingsReader } from '../../storage/settings-reader';
import { articleStart } from './article-start';
import type { LoadCardScript } from './card/card-loader';
import { configChange, removedMarks } from './config-change';
import { disposeQuietly } from './dispose-quietly';
import { type HighlightConfig, highlightConfig } from './highlight-config';
import { notifyMarkActivated } from './mark-activations';
import { buildMatcher, prepareMatcher } from './matcher-cache';
import { pageReport } from './page-report';
import { loadPageSetup } from './page-setup-source';
import { SheetCache } from './sheet-cache';

/** Characters of the article's start read to tell its language. */
const LANGUAGE_SAMPLE = 2_000;

/** What a test build watches from outside (see test-probe.ts); release builds pass none. */
export interface PageHighlightingProbe {
  /** The highlighter exists: subscribe to its events. */
  attach(highlighter: Highlighter): void;
  /** The page's state was reported (after a scan, a change, or deciding not to highlight). */
  reported(): void;
  /** Wraps the yield between the matcher's preparation tasks (to time them). */
  pause(yieldToPage: () => Promise<void>): () => Promise<void>;
  /** The matcher's preparation ended. */
  prepared(): void;
  /** The page setup was read (only pages that are highlighted read it). */
  setupRead(): void;
}

/** What the page answers the popup and the background, once its setup is read. */
interface MessageHandlers {
  startScan(data: unknown): Promise<void>;
  pageState(): Promise<PageState>;
  showOccurrence(data: unknown): { index: number; total: number } | null;
}

export async function startPageHighlighting(
  ctx: ContentScriptContext,
  loadCardScript: LoadCardScript,
  probe?: PageHighlightingProbe,
): Promise<void> {
  const host = location.hostname;
  const lang = uiLanguage();
  // Answered from the start: until the setup is read (on the first page after install the
  // background compiles it first), the popup hears "scanning" and asks again instead of taking
  // the page for one without Fackkoll.
  let handlers: MessageHandlers | undefined;
  let handlersReady: (ready: MessageHandlers) => void = () => {};
  const ready = new Promise<MessageHandlers>((resolve) => {
    handlersReady = resolve;
  });
  const listeners = [
    onMessage('startScan', async ({ data }) => (await ready).startScan(data)),
    onMessage('getPageState', async (): Promise<PageState> => handlers?.pageState() ?? { kind: 'scanning' }),
    onMessage('showOccurrence', async ({ data }) => (await ready).showOccurrence(data)),
  ];
  for (const remove of listeners) ctx.onInvalidated(remove);

  let settings: Settings = await settingsReader.getValue();
  /** The user asked for this page with the English terms (the popup's offer on a non-Swedish page). */
  let englishHere = false;
  const englishFor = (s: Settings) => englishHere || s.english;
  /**
   * The compiled lexicon and the config built from it, read when the page is first highlighted:
   * a page that is not (a site switched off, on-demand mode, a page not in Swedish) never reads
   * the setup, the largest thing in storage.
   */
  let setup: PageSetup | undefined;
  let config: HighlightConfig | undefined;
  const sheets = new SheetCache(EXTENSION_VERSION, (made) => markStyleItem.setValue(made));

  const page = { host, markedFor: (topic: string) => i18n.t('card.markedForTopic', { topic }) };
  // Read once: the lexicon's Swedish words are English and Norwegian ones too ("pension").
  const language = pageLanguage(document.documentElement.lang, articleStart(document, LANGUAGE_SAMPLE));
  /** The user asked for this tab (toolbar, shortcut): highlight whatever the site rules say. */
  let requested = false;
  let lastReport = '';
  /** The popup's last answer and what it was computed from. */
  let answered: { key: string; url: string; state: PageState } | undefined;

  removeLeftovers(document);
  const highlighter = createHighlighter({
    document,
    // No topics until the setup is read: nothing is marked before then anyway, so no sheet (and
    // no colour math) either; a page that is never highlighted never works one out.
    appearance: { style: settings.style, topics: [], css: '' },
    timers: {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as number),
    },
  });
  highlighter.on('activate', notifyMarkActivated);
  highlighter.on('settled', () => report());
  probe?.attach(highlighter);
  ctx.onInvalidated(() => highlighter.stop());

  const automatic = () => siteStatus(host, settings, BUNDLED_TEST_HOSTS) === 'auto';
  const notSwedish = () => language === 'other' && !settings.english;
  const allowed = () => requested || (automatic() && !notSwedish());

  function report(): void {
    if (ctx.isInvalid) return;
    probe?.reported();
    const next = pageReport(location.href, highlighter.running ? highlighter.counts() : []);
    const key = JSON.stringify(next);
    if (key === lastReport) return;
    lastReport = key;
    // The background may be asleep or reloading; the next change reports again.
    sendMessage('reportPage', next).catch(() => {});
  }

  /** Set once the lexicon is compiled: pages that are never highlighted never compile it. */
  let prepared = false;

  /** Reads the setup for the language in force, once; false if the page went away meanwhile. */
  let reading: Promise<boolean> | undefined;
  function ensureSetup(): Promise<boolean> {
    // Two syncs at once (an English scan asked for) share one read.
    reading ??= readSetup().finally(() => {
      reading = undefined;
    });
    return reading;
  }
  async function readSetup(): Promise<boolean> {
    while (!setup) {
      const english = englishFor(settings);
      const [loaded, stored] = await Promise.all([
        loadPageSetup(english),
        markStyleItem.getValue().catch(() => null),
      ]);
      probe?.setupRead();
      if (ctx.isInvalid) return false;
      // Settings may have changed the language while it was read: then read again.
      if (!setup && english === englishFor(settings)) {
        setup = loaded;
        sheets.read(stored);
        config = sheets.styled(highlightConfig(setup, settings, lang, page));
        highlighter.setAppearance(config.appearance);
      }
    }
    return true;
  }

  async function sync(): Promise<void> {
    if (allowed() && !(await ensureSetup())) return;
    if (allowed() && !highlighter.running && !prepared && config) {
      // Compiled in tasks of its own, before the first scan slice (see prepareMatcher).
      await prepareMatcher(config, probe?.pause(yieldToPage) ?? yieldToPage);
      probe?.prepared();
      if (ctx.isInvalid) return;
      if (!prepared && config) {
        prepared = true;
        // The config in force now (settings may have changed meanwhile); compiled already.
        void highlighter.setMatcher(buildMatcher(config));
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

  function apply(nextSettings: Settings, nextSetup: PageSetup | undefined): void {
    // Switching the site off in the popup also ends a scan the user asked for earlier.
    if (siteStatus(host, nextSettings, BUNDLED_TEST_HOSTS) === 'never') requested = false;
    settings = nextSettings;
    // Not read yet: sync() reads it, for these settings, if the page is to be highlighted now.
    if (!nextSetup || !config) {
      void sync();
      return;
    }
    setup = nextSetup;
    const next = sheets.styled(highlightConfig(setup, settings, lang, page));
    const change = configChange(config, next);
    config = next;
    if (change.kind !== 'none') highlighter.setAppearance(next.appearance);
    // Before the first compile, sync() builds the matcher from the config in force then.
    if (prepared && (change.kind === 'remove-marks' || change.kind === 'rematch')) {
      const removed = change.kind === 'remove-marks' ? removedMarks(change) : undefined;
      void highlighter.setMatcher(buildMatcher(next), removed);
    }
    void sync();
  }

  /** Settings with the setup for their language; the latest change wins if several overlap. */
  let changes = 0;
  async function applySettings(next: Settings): Promise<void> {
    const change = ++changes;
    const nextSetup =
      !setup || englishFor(next) === setup.english ? setup : await loadPageSetup(englishFor(next));
    if (change === changes && !ctx.isInvalid) apply(next, nextSetup);
  }

  const stopWatchingSettings = settingsReader.watch((next) => void applySettings(next).catch(report));
  // The background compiled a new lexicon (packs imported, removed or switched).
  const stopWatchingSetup = pageSetupItem.watch((next) => {
    const usable = usableSetup(next, englishFor(settings));
    if (setup && usable && usable.revision !== setup.revision) apply(settings, usable);
  });
  ctx.onInvalidated(disposeQuietly(stopWatchingSettings));
  ctx.onInvalidated(disposeQuietly(stopWatchingSetup));

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // A single-page site swapped its content: marks on removed nodes are gone already.
    if (highlighter.running) void highlighter.rescan().then(report);
  });

  handlers = {
    startScan: async (data) => {
      requested = true;
      if (parseStartScan(data)?.english && !englishHere) {
        englishHere = true;
        await applySettings(settings);
      }
      if (highlighter.running) await highlighter.rescan();
      else await sync();
    },
    pageState: async () => {
      if (!highlighter.running)
        return automatic() && notSwedish() ? { kind: 'not-swedish', host } : { kind: 'site-off', host };
      // While a live page or a settings change is scanned, the open popup keeps the last list
      // (and its switches) rather than flickering to "scanning"; the first scan says scanning.
      if (highlighter.busy || !config)
        return answered?.url === location.href ? answered.state : { kind: 'scanning' };
      const current = config;
      const english = englishFor(settings);
      const keyOf = (counts: unknown) => JSON.stringify([location.href, counts, english, current.revision]);
      // The open popup asks again every second (live updates): rank only when the marks changed.
      if (answered?.key === keyOf(highlighter.counts())) return answered.state;
      // The ranking is the card script's: most pages never open the popup.
      const script = await loadCardScript();
      const packs = (await script?.packs(english)) ?? [];
      // Read after the packs: the page may have changed meanwhile.
      const now = highlighter.counts();
      const order = script?.pageOrder(document, packs, english, now, buildMatcher(current));
      const state: PageState = {
        kind: 'done',
        report: pageReport(location.href, now),
        // Without the card script the popup still lists the topics, in its own order.
        ...(order ?? { topics: [], positions: [] }),
        // Scanned (the user asked) but with the Swedish words only: the popup says so.
        swedishOnly: language === 'other' && !english,
      };
      answered = { key: keyOf(now), url: location.href, state };
      return state;
    },
    showOccurrence: (data) => {
      const request = parseOccurrenceRequest(data);
      return highlighter.showOccurrence(request.topic, request.index);
    },
  };
  handlersReady(handlers);

  await sync();
  // Not highlighted here: still tell the background (badge) and a probe.
  if (!highlighter.running) report();
}
