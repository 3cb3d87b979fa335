/**
 * One place for the browser and fixture-server lifecycle every spec shares, so each spec states
 * only what differs (its fixture directory, its launch options). The hooks are registered where
 * this is called: vitest runs "before" hooks in registration order and "after" hooks in reverse,
 * so a spec's own beforeAll/afterAll registered after the call run once the browser is up and
 * before it closes, and those registered before it run first and last. The directory and options
 * may be functions for what only an earlier hook knows (a generated directory, a proxy's port).
 */
import { afterAll, beforeAll } from 'vitest';
import { testExtensionDir } from './build-extension';
import type { BrowserKind } from './find-browser';
import { launch, type Session } from './launch';
import { type StaticServer, serveDir } from './static-server';

type LaunchOptions = Parameters<typeof launch>[2];

export interface SessionEnv {
  readonly session: Session;
  readonly server: StaticServer;
}

export function useSession(
  kind: BrowserKind,
  dir: string | (() => string),
  opts?: LaunchOptions | (() => LaunchOptions),
): SessionEnv {
  let session: Session | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveDir(typeof dir === 'function' ? dir() : dir);
    session = await launch(kind, testExtensionDir(kind), typeof opts === 'function' ? opts() : opts);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  // Read at module level or in describe's body, a value would silently be undefined instead.
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`useSession: ${name} read before its beforeAll ran (or it failed)`);
    return value;
  };
  return {
    get session() {
      return ready(session, 'session');
    },
    get server() {
      return ready(server, 'server');
    },
  };
}
