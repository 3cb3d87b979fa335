/** Which added sites Fackkoll may read, following grants and revocations made anywhere. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originsForHost } from '../../core/settings/sites';

export function useGranted(hosts: readonly string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = hosts.join(' ');
  useEffect(() => {
    let live = true;
    const refresh = async () => {
      const states = await Promise.all(
        hosts.map((h) => browser.permissions.contains({ origins: originsForHost(h) })),
      );
      if (live) setGranted(Object.fromEntries(hosts.map((h, i) => [h, states[i] ?? false])));
    };
    void refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [key]);
  return granted;
}
