/**
 * Pages where no extension may run a script: browser pages, other extensions, and the add-on
 * stores. Offering "scan this page" there would only fail, and injecting is refused. The one
 * list: the popup and the background both ask here (a test keeps it the only one).
 */
const RESTRICTED_URL =
  /^(?:chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource|data|javascript):|^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:\/|$)/i;

export function isRestrictedUrl(url: string | undefined): boolean {
  return url !== undefined && RESTRICTED_URL.test(url);
}
