/**
 * Nothing leaves the browser: the full flow (page scan, popup, card, options, pack import) runs with every
 * non-loopback request routed to a recording proxy, and the extension must cause none.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packNamed } from '../unit/entrypoints/options/pack-fixtures';
import { ROOT } from './harness/build-extension';
import { chooseFile } from './harness/extension-api';
import { waitUntil } from './harness/launch';
import { waitForStableMarks } from './harness/marks';
import { type RecordProxy, startRecordProxy } from './harness/record-proxy';
import { tabIdOf } from './harness/tabs';
import { useSession } from './harness/use-session';

/**
 * The browsers' own housekeeping (component updates, account checks, remote settings) also
 * hits the proxy; it happens without the extension too and only ever goes to the vendor.
 */
const BROWSER_VENDOR =
  /^(?:CONNECT |GET http:\/\/|POST http:\/\/)[^/]*\b(?:google\.com|googleapis\.com|gstatic\.com|mozilla\.(?:com|org|net)|firefox\.com)\b/;

describe.each(['chromium', 'firefox'] as const)('privacy in %s', (kind) => {
  let proxy: RecordProxy;

  // Registered before useSession: the proxy must be up before the browser launches through it,
  // and (after hooks run in reverse) it closes only once the browser and server have.
  beforeAll(async () => {
    proxy = await startRecordProxy();
  });
  afterAll(async () => {
    await proxy?.close();
  });
  const env = useSession(kind, resolve(ROOT, 'demo'), () => ({ proxyPort: proxy.port }));

  it('makes no network request through scan, popup, card and options', async () => {
    const url = env.server.url('article.html');
    const article = await env.session.newPage(url);
    await waitForStableMarks(article);

    const tab = await tabIdOf(env.session, url);
    const popup = await env.session.openExtensionPage(`popup.html?tab=${tab}`);
    await waitUntil(() => popup.evaluate(() => document.querySelectorAll('.fk-topic').length > 0));
    await popup.$$eval('.fk-topic .fk-nav button', (buttons) =>
      (buttons[1] as HTMLElement | undefined)?.click(),
    );

    await article.bringToFront();
    await article.click('article mark[data-fackkoll-topic]');
    await waitUntil(() => article.evaluate(() => document.querySelector('fackkoll-card') !== null));

    const options = await env.session.openExtensionPage('options.html');
    await waitUntil(() => options.evaluate(() => document.querySelectorAll('input, button').length > 5));
    // Importing a pack reads a local file and stores it: nothing to fetch either.
    await chooseFile(
      options,
      '#packs input[type="file"]',
      'paket.json',
      JSON.stringify(packNamed('natfritt')),
    );
    await waitUntil(() => options.evaluate(() => !!document.querySelector('li.pack[data-pack="natfritt"]')));
    await new Promise((r) => setTimeout(r, 1500));

    const ours = proxy.requests.filter((r) => !BROWSER_VENDOR.test(r));
    expect(ours).toEqual([]);
    // The proxy really is in the path: a request the page itself makes is recorded.
    await article.evaluate(() => {
      new Image().src = 'http://example.invalid/pixel.png';
    });
    await waitUntil(() => proxy.requests.some((r) => r.includes('example.invalid')));
  });
});
