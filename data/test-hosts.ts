/**
 * Hosts that count as default news sites in test builds only (`WXT_TEST_HOSTS=1`),
 * so fixture pages served on localhost behave like a real news site.
 */
export const TEST_HOSTS = ['localhost', '127.0.0.1'] as const;
export const TEST_HOST_MATCHES = TEST_HOSTS.map((h) => `http://${h}/*`);

export function isTestBuild(env: Record<string, string | undefined>): boolean {
  return env.WXT_TEST_HOSTS === '1';
}

/** Test hosts in the running bundle: Vite inlines WXT_* variables at build time. */
export const BUNDLED_TEST_HOSTS: readonly string[] = import.meta.env.WXT_TEST_HOSTS === '1' ? TEST_HOSTS : [];
