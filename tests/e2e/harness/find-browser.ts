/**
 * Finds the system browsers. We never download one: CI installs Debian's packages,
 * developers point CHROME_PATH / FIREFOX_PATH at theirs.
 */
import { accessSync, constants } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserKind, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    install: 'apt-get install chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    install: 'apt-get install firefox-esr',
  },
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(kind: BrowserKind, env: NodeJS.ProcessEnv = process.env): string {
  const c = CANDIDATES[kind];
  const fromEnv = env[c.env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${c.env}=${fromEnv} is not an executable ${kind} browser.`);
  }
  const found = c.paths.find(isExecutable);
  if (found) return found;
  throw new Error(
    `No ${kind} browser found. Looked at ${c.paths.join(', ')}. Install one (${c.install}) or set ${c.env}.`,
  );
}
