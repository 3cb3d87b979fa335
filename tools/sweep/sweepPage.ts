/** Loads one saved page offline and reports what the extension did to it. */
import type { Browser } from 'puppeteer-core';
import { EXCLUDED_SELECTOR } from '../../core/highlight/exclusion';
import { TEST_STATE_ATTR, type TestState } from '../../entrypoints/content/test-probe';
import { openOffline } from './offlinePage';
import { type PageFacts, pageFactsSource } from './pageChecks';

export interface PageResult {
  name: string;
  marks: number;
  extensionErrors: string[];
  violations: string[];
  textChanged: boolean;
  /** ms after navigation start when the highlighter reported done; null if it never did. */
  finishedAtMs: number | null;
  busyMs: number;
  longestExtensionSliceMs: number;
  /** Which matcher-preparing task was the longest, "k/n" (see TestState). */
  longestPrepareTask: string;
  longestPageTaskMs: number;
  blockedRequests: number;
  /** Long tasks the page saw in each load with the extension, and in as long a load without it. */
  longTasksWith: number[];
  longTasksWithout: number[];
  /** More long tasks with the extension than without in every load: the extension's own. */
  addsLongTask: boolean;
}

export interface PageText {
  visibleText: string;
  textContent: string;
  /** Durations of the long tasks seen until the text was read. */
  longTasks: number[];
}

/** One load with the extension: what it did, and how long the load was watched. */
export interface ExtensionLoad {
  result: Omit<PageResult, 'textChanged' | 'longTasksWith' | 'longTasksWithout' | 'addsLongTask'>;
  text: PageText;
  watchedMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Saved pages write cache-busting timestamps into their text (utrack.js?cb=1795347422539), so two
 * loads differ without any extension. The extension never touches digits, so masking them keeps
 * the comparison strict about everything it could break.
 */
const comparable = (text: string) => text.replace(/\d+/g, '#');

async function load(browser: Browser, origin: string, url: string, timeoutMs: number) {
  const offline = await openOffline(browser, origin);
  // A page whose load event never comes (blocked resources) is still checked as it stands.
  await offline.page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch(() => {});
  return offline;
}

/**
 * The page's text and long tasks without the extension, watched `watchMs` from navigation, as
 * long as a load with the extension was: a page's own late tasks then count on both sides.
 */
export async function baselineText(
  browser: Browser,
  origin: string,
  url: string,
  timeoutMs: number,
  watchMs: number,
): Promise<PageText> {
  const started = Date.now();
  const { page } = await load(browser, origin, url, timeoutMs);
  await sleep(Math.max(300, watchMs - (Date.now() - started)));
  const facts = (await page.evaluate(pageFactsSource(EXCLUDED_SELECTOR))) as PageFacts;
  await page.close();
  return textOf(facts);
}

const textOf = (facts: PageFacts): PageText => ({
  visibleText: comparable(facts.visibleText),
  textContent: comparable(facts.textContent),
  longTasks: facts.longTasks,
});

export async function sweepPage(
  browser: Browser,
  origin: string,
  name: string,
  url: string,
  timeoutMs: number,
): Promise<ExtensionLoad> {
  const started = Date.now();
  const offline = await load(browser, origin, url, timeoutMs);
  const { page } = offline;
  let state: TestState | null = null;
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const raw = await page.evaluate((attr) => document.documentElement.getAttribute(attr), TEST_STATE_ATTR);
    state = raw ? (JSON.parse(raw) as TestState) : null;
    if (state && state.state !== 'scanning') break;
    await sleep(100);
  }
  // Let a last mutation flush run, so marks made after "done" are counted too.
  await sleep(200);
  const facts = (await page.evaluate(pageFactsSource(EXCLUDED_SELECTOR))) as PageFacts;
  const last = facts.testState ? (JSON.parse(facts.testState) as TestState) : state;
  const watchedMs = Date.now() - started;
  await page.close();
  const result = {
    name,
    marks: facts.marks,
    extensionErrors: [...offline.extensionErrors, ...(last?.errors ?? [])],
    violations: facts.violations,
    finishedAtMs: last && last.state !== 'scanning' ? last.at : null,
    busyMs: last?.busyMs ?? 0,
    // Scan slices and the tasks that compiled the matcher before them.
    longestExtensionSliceMs: Math.max(last?.longestSliceMs ?? 0, last?.longestPrepareMs ?? 0),
    longestPrepareTask: last?.longestPrepareTask ?? '',
    longestPageTaskMs: Math.max(0, ...facts.longTasks),
    blockedRequests: offline.blocked,
  };
  return { result, text: textOf(facts), watchedMs };
}

export const sameText = (a: PageText, b: PageText) =>
  a.visibleText === b.visibleText && a.textContent === b.textContent;

/**
 * The loads of one page, with and without the extension, into its result. A long task counts
 * against the extension only when every load with it saw more than any load without it: the
 * sweep runs on shared, noisy machines, where one slow load proves nothing.
 */
export function pageResult(loads: { with: ExtensionLoad; without: PageText }[]): PageResult {
  const first = loads[0];
  if (!first) throw new Error('no loads');
  const longTasksWith = loads.map((l) => l.with.text.longTasks.length);
  const longTasksWithout = loads.map((l) => l.without.longTasks.length);
  return {
    ...first.with.result,
    // Errors from any load count; text and marks are those of the first.
    extensionErrors: [...new Set(loads.flatMap((l) => l.with.result.extensionErrors))],
    textChanged: loads.some((l) => !sameText(l.with.text, l.without)),
    longTasksWith,
    longTasksWithout,
    addsLongTask: Math.min(...longTasksWith) > Math.max(...longTasksWithout),
  };
}
