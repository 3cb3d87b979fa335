/**
 * Which tab the popup speaks for. A popup opened as a page (the card's detail link, e2e tests)
 * would see itself as the active tab, so `?tab=<id>` names the page's tab explicitly.
 */
import { isId } from '../../core/pack/id';

export interface PopupParams {
  tabId: number | undefined;
  topic: string | undefined;
}

export function popupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : undefined;
  const topic = params.get('topic') ?? undefined;
  return {
    tabId,
    topic: topic !== undefined && isId(topic) ? topic : undefined,
  };
}
