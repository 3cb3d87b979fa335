/**
 * Starts a system browser with the unpacked test extension, through puppeteer-core for both
 * engines (CDP for Chromium, WebDriver BiDi for Firefox) so every spec runs unchanged in both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type BrowserKind, findBrowser } from './find-browser';

/** Firefox gives each install a random moz-extension UUID; we pin it so page URLs are known. */
const FIREFOX_ADDON_ID = 'fackkoll@fackkoll.example';
const FIREFOX_UUID = 'f4c4c011-0000-4000-8000-00000000e2e0';

// Without these, headless Chromium as root fails or keeps dialling Google's hosts.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Session {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  extensionOrigin: string;
  newPage(url?: string): Promise<Page>;
  /** Opens popup.html, options.html… of the extension in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(
  kind: BrowserKind,
  extensionDir: string,
  opts: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    locale?: string;
    /**
     * Chromium only: the language of its own UI, which decides the extension's (chrome.i18n).
     * On Linux it follows LANGUAGE, not --lang; unset, the machine's own is used.
     */
    uiLanguage?: string;
    /** Route every non-loopback request through this local proxy port (see record-proxy.ts). */
    proxyPort?: number;
  } = {},
): Promise<Session> {
  const executablePath = findBrowser(kind);
  const profile = mkdtempSync(join(tmpdir(), `fackkoll-${kind}-`));
  const lang = opts.locale ?? 'sv-SE';
  const browser =
    kind === 'chromium'
      ? await puppeteer.launch({
          executablePath,
          headless: true,
          pipe: true,
          enableExtensions: true,
          userDataDir: profile,
          ...(opts.uiLanguage ? { env: { ...process.env, ...uiLanguageEnv(opts.uiLanguage) } } : {}),
          args: [
            ...CHROMIUM_ARGS,
            `--lang=${lang}`,
            `--accept-lang=${lang}`,
            ...(opts.proxyPort ? [`--proxy-server=http://127.0.0.1:${opts.proxyPort}`] : []),
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath,
          headless: true,
          protocol: 'webDriverBiDi',
          userDataDir: profile,
          // Firefox 153 refuses WebDriver navigation to moz-extension:// without this.
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
            'intl.locale.requested': lang,
            'intl.accept_languages': lang,
            // BiDi cannot emulate media features; this pref sets prefers-color-scheme instead.
            ...(opts.colorScheme
              ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1 }
              : {}),
            ...(opts.proxyPort
              ? {
                  'network.proxy.type': 1,
                  'network.proxy.http': '127.0.0.1',
                  'network.proxy.http_port': opts.proxyPort,
                  'network.proxy.ssl': '127.0.0.1',
                  'network.proxy.ssl_port': opts.proxyPort,
                  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
                  'network.proxy.allow_hijacking_localhost': false,
                }
              : {}),
          },
        });
  const id = await browser.installExtension(extensionDir);
  const extensionOrigin =
    kind === 'chromium' ? `chrome-extension://${id}` : `moz-extension://${FIREFOX_UUID}`;

  const setup = async (page: Page) => {
    await page.setViewport({ width: opts.width ?? 1200, height: opts.height ?? 900 });
    if (opts.colorScheme)
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: opts.colorScheme }]);
    return page;
  };

  return {
    kind,
    browser,
    extensionOrigin,
    async newPage(url) {
      const page = await setup(await browser.newPage());
      if (url) await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await setup(await browser.newPage());
      const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
      if (kind === 'chromium') {
        await page.goto(url, { waitUntil: 'load' });
      } else {
        // BiDi never reports the load of a moz-extension page to puppeteer, but the page does load
        // and stays scriptable; wait for it ourselves.
        page.goto(url, { timeout: 60_000 }).catch(() => {});
        await waitUntil(() =>
          page
            .evaluate((u) => location.href === u && document.readyState === 'complete', url)
            .catch(() => false),
        );
      }
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** What Chromium on Linux reads its UI language from (the locale need not be installed). */
function uiLanguageEnv(lang: string): Record<string, string> {
  const locale = `${lang}_${lang === 'sv' ? 'SE' : 'US'}.UTF-8`;
  return { LANGUAGE: lang, LANG: locale, LC_ALL: locale, LC_MESSAGES: locale };
}
