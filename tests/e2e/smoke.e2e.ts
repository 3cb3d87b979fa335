import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExtensionDir } from './harness/build-extension';
import { launch, type Session } from './harness/launch';
import { markCounts, waitForStableMarks } from './harness/marks';
import { type StaticServer, serveDir } from './harness/static-server';

describe.each(['chromium', 'firefox'] as const)('smoke in %s', (kind) => {
  let session: Session;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDir(new URL('./fixtures', import.meta.url).pathname);
    session = await launch(kind, testExtensionDir(kind));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights a welfare term on a fixture page, and only there', async () => {
    const page = await session.newPage(server.url('smoke.html'));
    const counts = await waitForStableMarks(page);
    expect(counts).toEqual({ welfare: 1 });
    const marked = await page.$eval('mark[data-fackkoll-topic]', (m) => m.textContent);
    expect(marked).toBe('välfärden');
    expect(await markCounts(page)).toEqual(counts);
  });

  it('renders the popup page', async () => {
    const page = await session.openExtensionPage('popup.html');
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Fackkoll');
  });
});
