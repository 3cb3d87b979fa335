/** The report the background turns into the badge: counts per topic for this URL. */
import type { PageReport } from '../../messaging/protocol';

/** The protocol caps the list; a page with more topics than that reports the most frequent. */
const MAX_TOPICS = 200;

export function pageReport(href: string, counts: readonly { topic: string; count: number }[]): PageReport {
  const url = href.split('#')[0] ?? href;
  const topics = counts.filter((c) => c.count > 0).slice(0, MAX_TOPICS);
  return { url: url.slice(0, 4096), topics, total: topics.reduce((sum, c) => sum + c.count, 0) };
}
