/** Checks typed text for a site list and says, in the user's language, why it cannot be added. */
import { i18n } from '#i18n';
import { matchingDomain, normalizeHost } from '../../core/settings/sites';
import { NEWS_SITES } from '../../data/news-sites';

export type HostInput = { ok: true; host: string } | { ok: false; message: string };

export function readHostInput(text: string, list: readonly string[], refuseNewsSites: boolean): HostInput {
  const host = normalizeHost(text);
  if (!host) return { ok: false, message: i18n.t('options.sites.invalidHost', [text.trim().slice(0, 80)]) };
  if (list.includes(host)) return { ok: false, message: i18n.t('options.sites.alreadyListed', [host]) };
  if (refuseNewsSites && matchingDomain(host, NEWS_SITES)) {
    return { ok: false, message: i18n.t('options.sites.alreadyNews', [host]) };
  }
  return { ok: true, host };
}
