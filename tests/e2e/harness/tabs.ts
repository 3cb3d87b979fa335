import type { Session } from './launch';

/**
 * The id of the tab showing `url`, asked from an extension page. The popup opened as a tab
 * would see itself as the active tab, so tests pass the target tab explicitly (?tab=ID).
 */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const probe = await session.openExtensionPage('popup.html?tab=0');
  try {
    return await probe.evaluate(async (u) => {
      type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
      return tabs.find((tab) => tab.url === u)?.id ?? -1;
    }, url);
  } finally {
    await probe.close();
  }
}
