// @vitest-environment happy-dom
/**
 * The card script is injected on the first activated mark, once per page, and then opens the
 * card for that mark and every later one; a failed injection lets the next click try again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkActivation } from '../../../../../core/highlight';
import { cardHandOver } from '../../../../../entrypoints/content/card/card-hand-over';
import { startCardLoader } from '../../../../../entrypoints/content/card/card-loader';
import { notifyMarkActivated } from '../../../../../entrypoints/content/mark-activations';
import { onMessage } from '../../../../../messaging/messenger';

const activation = (topic: string) =>
  ({ mark: {} as HTMLElement, topic, event: {} as Event }) as MarkActivation;
let ctx: ContentScriptContext;
let stop = () => {};
let injections = 0;
let fail = false;
const opened: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  injections = 0;
  fail = false;
  opened.length = 0;
  ctx = new ContentScriptContext('test');
  // The background's side: "injecting" the card script sets the hand-over's script.
  stop = onMessage('loadCard', async () => {
    injections++;
    if (fail) throw new Error('no access');
    const handOver = cardHandOver();
    if (handOver)
      handOver.script = {
        open: (a) => opened.push(a.topic),
        packs: async () => [],
        pageOrder: () => ({ topics: ['welfare'], positions: [] }),
      };
  });
});
afterEach(() => {
  stop();
  ctx.abort();
});

describe('card loader', () => {
  it('injects the card script on the first click only, and opens every activated mark', async () => {
    startCardLoader(ctx);
    expect(cardHandOver()?.script).toBeUndefined();
    notifyMarkActivated(activation('welfare'));
    notifyMarkActivated(activation('industry'));
    await vi.waitFor(() => expect(opened).toEqual(['welfare', 'industry']));
    notifyMarkActivated(activation('asylum'));
    expect(opened).toEqual(['welfare', 'industry', 'asylum']);
    expect(injections).toBe(1);
  });

  it('tries again on the next click when the injection failed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    startCardLoader(ctx);
    fail = true;
    notifyMarkActivated(activation('welfare'));
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(opened).toEqual([]);
    fail = false;
    notifyMarkActivated(activation('industry'));
    await vi.waitFor(() => expect(opened).toEqual(['industry']));
    expect(injections).toBe(2);
  });

  it('loads the script once for the popup and the clicks together, and gives it to both', async () => {
    const load = startCardLoader(ctx);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    notifyMarkActivated(activation('welfare'));
    expect(opened).toEqual(['welfare']);
    expect(injections).toBe(1);
  });

  it('gives no script when loading failed, and loads it on the next ask', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = startCardLoader(ctx);
    fail = true;
    expect(await load()).toBeUndefined();
    fail = false;
    expect(await load()).toBeDefined();
    expect(injections).toBe(2);
  });

  it('does nothing once the content script is invalidated', async () => {
    startCardLoader(ctx);
    ctx.abort();
    notifyMarkActivated(activation('welfare'));
    await new Promise((r) => setTimeout(r, 20));
    expect(injections).toBe(0);
  });
});
