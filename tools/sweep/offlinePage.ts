/**
 * Opens a page with every request outside the local server aborted, and collects exceptions
 * thrown in the extension's isolated world (or logged there as errors) through CDP.
 */
import type { Browser, Page } from 'puppeteer-core';
import { LONG_TASK_RECORDER } from './pageChecks';

export interface OfflinePage {
  page: Page;
  extensionErrors: string[];
  blocked: number;
}

export async function openOffline(browser: Browser, allowedOrigin: string): Promise<OfflinePage> {
  const page = await browser.newPage();
  const result: OfflinePage = { page, extensionErrors: [], blocked: 0 };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${allowedOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      void request.continue();
    } else {
      result.blocked++;
      void request.abort('blockedbyclient');
    }
  });
  await page.evaluateOnNewDocument(LONG_TASK_RECORDER);

  const cdp = await page.createCDPSession();
  const extensionContexts = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) extensionContexts.add(context.id);
  });
  const fromExtension = (contextId: number | undefined, text: string) =>
    (contextId !== undefined && extensionContexts.has(contextId)) || text.includes('chrome-extension://');
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const text = `${d.exception?.description ?? d.text} ${d.url ?? ''}`;
    if (fromExtension(d.executionContextId, text)) result.extensionErrors.push(text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'error' || !extensionContexts.has(executionContextId)) return;
    result.extensionErrors.push(args.map((a) => a.description ?? a.value).join(' '));
  });
  await cdp.send('Runtime.enable');
  return result;
}
