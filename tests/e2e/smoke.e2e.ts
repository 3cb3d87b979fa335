import { describe, expect, it } from 'vitest';
import { markCounts, waitForStableMarks } from './harness/marks';
import { useSession } from './harness/use-session';

describe.each(['chromium', 'firefox'] as const)('smoke in %s', (kind) => {
  const env = useSession(kind, new URL('./fixtures', import.meta.url).pathname);

  it('highlights a welfare term on a fixture page, and only there', async () => {
    const page = await env.session.newPage(env.server.url('smoke.html'));
    const counts = await waitForStableMarks(page);
    expect(counts).toEqual({ welfare: 1 });
    const marked = await page.$eval('mark[data-fackkoll-topic]', (m) => m.textContent);
    expect(marked).toBe('välfärden');
    expect(await markCounts(page)).toEqual(counts);
  });

  it('renders the popup page', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Fackkoll');
  });
});
