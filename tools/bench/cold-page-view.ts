/**
 * The fixed cost of one page view, measured as a page view pays it: in a fresh browser context,
 * whose renderer has never seen the content script or the matcher (no code cache, JIT cold).
 * One such view is one sample; a busy machine makes single samples swing by 2-3×, so the bench
 * takes several and reports their median (and the longest task of any).
 */
import type { Browser, Page } from 'puppeteer-core';
import type { MadeSheet } from '../../core/highlight/highlight-css';
import { storedSheet } from './stored-sheet';
import { median } from './summarize';

type Bench = {
  fackkollBench: {
    scriptEval(source: string): Promise<{ ms: number; emptyMs: number; error?: string }>;
    lexicon(): Promise<Record<string, number> & { fixedMs: number; longestFixedTaskMs: number }>;
  };
};

export interface PageView extends Record<string, number> {
  contentScriptBytes: number;
  scriptEvalMs: number;
  /** Script evaluation plus everything before the first scan slice. */
  fixedMs: number;
  longestFixedTaskMs: number;
}

/** `sheet`: the stylesheet an earlier page view stored (stored-sheet.ts); none, the page makes it. */
export async function openBenchPage(page: Page, script: string, sheet?: MadeSheet): Promise<void> {
  await page.setContent(
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
  );
  if (sheet)
    await page.evaluate((s) => {
      (globalThis as { fackkollStoredSheet?: unknown }).fackkollStoredSheet = s;
    }, sheet);
  await page.addScriptTag({ content: script });
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function coldPageView(
  browser: Browser,
  script: string,
  contentScript: string,
): Promise<PageView> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await openBenchPage(page, script, storedSheet());
    const evaluated = await page.evaluate(
      (source) => (globalThis as never as Bench).fackkollBench.scriptEval(source),
      contentScript,
    );
    if (evaluated.error) throw new Error(`bench: the content script threw on evaluation: ${evaluated.error}`);
    const prepared = await page.evaluate(() => (globalThis as never as Bench).fackkollBench.lexicon());
    // Else the view would be timed working out the shades it was meant to read.
    if (prepared.sheetStored !== 1)
      throw new Error('bench: the stored shades did not fit the page view’s look');
    // Evaluating the script is a task of its own, before the setup read.
    return {
      ...prepared,
      contentScriptBytes: contentScript.length,
      scriptEvalMs: round(evaluated.ms),
      emptyScriptEvalMs: round(evaluated.emptyMs),
      fixedMs: round(prepared.fixedMs + evaluated.ms),
      longestFixedTaskMs: round(Math.max(prepared.longestFixedTaskMs, evaluated.ms)),
    };
  } finally {
    await context.close();
  }
}

/** Each figure's median over the views; the longest task is the longest of any view. */
export function medianView(
  views: PageView[],
): Record<string, number | string> & { fixedMs: number; longestFixedTaskMs: number } {
  const keys = Object.keys(views[0] ?? {});
  const medians = Object.fromEntries(keys.map((k) => [k, round(median(views.map((v) => v[k] ?? 0)))]));
  return {
    ...medians,
    fixedMs: medians.fixedMs ?? Number.NaN,
    longestFixedTaskMs: Math.max(...views.map((v) => v.longestFixedTaskMs)),
    views: views.length,
    fixedMsRuns: views.map((v) => v.fixedMs).join(' '),
  };
}
