import type { Page } from 'puppeteer-core';
import { waitUntil } from './launch';

/** Match counts per topic, read from the marks the extension put in the page. */
export async function markCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const m of document.querySelectorAll('mark[data-fackkoll-topic]')) {
      const t = m.getAttribute('data-fackkoll-topic') ?? '';
      counts[t] = (counts[t] ?? 0) + 1;
    }
    return counts;
  });
}

/** Waits until marks appear and their number stops changing (the highlighter works in slices). */
export async function waitForStableMarks(page: Page, timeoutMs = 20_000): Promise<Record<string, number>> {
  let last = -1;
  let stableSince = Date.now();
  let counts: Record<string, number> = {};
  await waitUntil(async () => {
    counts = await markCounts(page);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    if (total !== last) {
      last = total;
      stableSince = Date.now();
      return false;
    }
    return total > 0 && Date.now() - stableSince > 400;
  }, timeoutMs);
  return counts;
}
