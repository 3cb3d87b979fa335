/**
 * What evaluating the content script costs a page: the release build's content script, run in a
 * fresh same-origin frame whose extension APIs are a stub that never answers. That is its parse,
 * its top-level code and main() up to its first storage read, which is what every page view pays
 * before the matcher is read; what follows the read is measured by prepare() in benchPage.ts.
 */

/** Any property is the stub again, any call a promise that never settles, and as text it is "bench". */
function neverAnswering(): unknown {
  const never = () => new Promise(() => {});
  const stub: unknown = new Proxy(() => {}, {
    // Not a thenable: an awaited stub would otherwise be called as one.
    get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => 'bench' : stub),
    apply: never,
    construct: () => stub as object,
  });
  return stub;
}

/** The global the content script's main() sets first (card-hand-over.ts): proof that main() ran. */
const MAIN_RAN = '__fackkollCard';

/**
 * The evaluation, and the same for a one-statement script in a frame of its own first: what
 * evaluating anything in a fresh frame costs, which the content script is not to blame for.
 */
export async function scriptEval(source: string): Promise<{ ms: number; emptyMs: number; error?: string }> {
  const empty = await evalInFrame('void 0');
  const measured = await evalInFrame(source);
  const error = measured.error ?? (measured.mainRan ? undefined : `main() did not run (no ${MAIN_RAN})`);
  return { ms: measured.ms, emptyMs: empty.ms, ...(error ? { error } : {}) };
}

async function evalInFrame(source: string): Promise<{ ms: number; mainRan: boolean; error?: string }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as (Window & { chrome?: unknown; eval(source: string): unknown }) | null;
  if (!win) throw new Error('bench: no frame window');
  win.chrome = neverAnswering();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const start = performance.now();
  let error: string | undefined;
  try {
    win.eval(source);
  } catch (e) {
    error = String(e);
  }
  const ms = performance.now() - start;
  const mainRan = MAIN_RAN in win;
  // Let the frame's own tasks (main's first awaits) settle before the frame goes.
  await new Promise((resolve) => setTimeout(resolve, 0));
  frame.remove();
  return { ms, mainRan, ...(error ? { error } : {}) };
}
