import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupClient } from './popup-client';
import { type PopupState, stateFromPage, stateFromScan } from './popup-state';

const POLL_MS = 300;
/** While the popup is open the page may change (a live blog, a reader's own scan): asked again this often. */
const LIVE_POLL_MS = 1000;
// An injected content script needs a moment before it answers; until then we keep saying "scanning".
const INJECT_GRACE_POLLS = 20;

/**
 * The page's state, polled while the popup is open (fast while scanning), and the popup's own
 * "scan this page" request.
 * `tabId` null: still finding the tab; undefined: there is none to speak for.
 */
export function usePageState(client: PopupClient, tabId: number | undefined | null) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [url, setUrl] = useState<string | undefined>();
  const graceLeft = useRef(0);

  const refresh = useCallback(async () => {
    if (tabId == null) return;
    const [page, tabUrl] = await Promise.all([client.pageState(tabId), client.tabUrl(tabId)]);
    setUrl(tabUrl);
    if (!page && graceLeft.current > 0) {
      graceLeft.current--;
      setState({ kind: 'scanning' });
      return;
    }
    const next = stateFromPage(page, tabUrl);
    // The same answer again keeps the same object: nothing re-renders, nothing the reader opened closes.
    setState((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
  }, [client, tabId]);

  const scan = useCallback(async () => {
    if (tabId == null) return;
    setState({ kind: 'scanning' });
    const next = stateFromScan(await client.scan(tabId));
    graceLeft.current = next.kind === 'scanning' ? INJECT_GRACE_POLLS : 0;
    setState(next);
  }, [client, tabId]);

  /** A page not in Swedish, scanned with the English terms on the user's word (this page only). */
  const scanInEnglish = useCallback(async () => {
    if (tabId == null) return;
    setState({ kind: 'scanning' });
    await client.scanInEnglish(tabId);
    await refresh();
  }, [client, tabId, refresh]);

  useEffect(() => {
    if (tabId === undefined) setState({ kind: 'error' });
    else if (tabId !== null) void refresh();
  }, [refresh, tabId]);

  useEffect(() => {
    // Not where the answer came from the browser rather than the page: a second later the page
    // would say "not scanned" over "not allowed".
    if (['loading', 'error', 'restricted', 'no-permission'].includes(state.kind)) return;
    // Not re-armed by an unchanged answer (same state object): a steady interval while nothing changes.
    const delay = state.kind === 'scanning' ? POLL_MS : LIVE_POLL_MS;
    const timer = setInterval(() => void refresh(), delay);
    return () => clearInterval(timer);
  }, [state, refresh]);

  return { state, url, refresh, scan, scanInEnglish };
}
