// @vitest-environment happy-dom
/**
 * A page dispatching WXT's "newer copy started" event must not stop the content script while the
 * extension lives; once its runtime is gone (reload, update), the hand-over goes through.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardHandOver, HAND_OVER_EVENT } from '../../../../entrypoints/content/guard-hand-over';

const forged = () =>
  new CustomEvent(HAND_OVER_EVENT, {
    detail: { contentScriptName: 'content', messageId: 'from-the-page' },
  });

afterEach(() => fakeBrowser.reset());

describe('guardHandOver', () => {
  it('keeps the context alive when a page forges the event', () => {
    const ctx = new ContentScriptContext('content');
    guardHandOver(ctx);
    document.dispatchEvent(forged());
    expect(ctx.isInvalid).toBe(false);
    ctx.abort();
  });

  it('without it, the forged event stops the script (what the guard is for)', () => {
    const ctx = new ContentScriptContext('content');
    document.dispatchEvent(forged());
    expect(ctx.signal.aborted).toBe(true);
  });

  it('lets a real newer copy take over once this copy is orphaned', () => {
    const ctx = new ContentScriptContext('content');
    guardHandOver(ctx);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    document.dispatchEvent(forged());
    expect(ctx.signal.aborted).toBe(true);
  });
});
