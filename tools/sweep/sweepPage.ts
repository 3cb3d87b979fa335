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
}

export interface PageText {
  visibleText: string;
  textContent: string;
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

/** The page's text without the extension, for comparison. */
export async function baselineText(
  browser: Browser,
  origin: string,
  url: string,
  timeoutMs: number,
): Promise<PageText> {
  const { page } = await load(browser, origin, url, timeoutMs);
  await sleep(300);
  const facts = (await page.evaluate(pageFactsSource(EXCLUDED_SELECTOR))) as PageFacts;
  await page.close();
  return { visibleText: comparable(facts.visibleText), textContent: comparable(facts.textContent) };
}

export async function sweepPage(
  browser: Browser,
  origin: string,
  name: string,
  url: string,
  baseline: PageText,
  timeoutMs: number,
): Promise<PageResult> {
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
  await page.close();
  return {
    name,
    marks: facts.marks,
    extensionErrors: [...offline.extensionErrors, ...(last?.errors ?? [])],
    violations: facts.violations,
    textChanged:
      comparable(facts.visibleText) !== baseline.visibleText ||
      comparable(facts.textContent) !== baseline.textContent,
    finishedAtMs: last && last.state !== 'scanning' ? last.at : null,
    busyMs: last?.busyMs ?? 0,
    // Scan slices and the tasks that compiled the matcher before them.
    longestExtensionSliceMs: Math.max(last?.longestSliceMs ?? 0, last?.longestPrepareMs ?? 0),
    longestPrepareTask: last?.longestPrepareTask ?? '',
    longestPageTaskMs: Math.max(0, ...facts.longTasks),
    blockedRequests: offline.blocked,
  };
}
