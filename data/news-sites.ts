/**
 * Swedish news sites highlighted automatically (each with its subdomains).
 * Any other site is scanned only when the user asks (activeTab) or adds it.
 */
export const NEWS_SITES = [
  'aftonbladet.se',
  'arbetet.se',
  'dagensarbete.se',
  'di.se',
  'dn.se',
  'etc.se',
  'expressen.se',
  'gp.se',
  'hd.se',
  'kommunalarbetaren.se',
  'omni.se',
  'sverigesradio.se',
  'svd.se',
  'svt.se',
  'sydsvenskan.se',
] as const;

export type NewsSite = (typeof NEWS_SITES)[number];

/** Match patterns for the manifest: the bare domain and every subdomain, https only. */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]);
