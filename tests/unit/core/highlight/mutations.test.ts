// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationWatcher } from '../../../../core/highlight/mutation-watcher';
import { SplitRegistry } from '../../../../core/highlight/split-registry';
import { h, marksIn, sleep, testHighlighter } from './helpers';

const FLUSH = 5;
const make = (onSettled?: () => void) => {
  const hl = testHighlighter({ flushDelayMs: FLUSH });
  if (onSettled) hl.on('settled', onSettled);
  return hl;
};
const settle = async (hl: ReturnType<typeof make>) => {
  await sleep(FLUSH * 4);
  await hl.idle();
};
afterEach(() => document.body.replaceChildren());

describe('mutation watcher', () => {
  it('never reports its own changes, but keeps page changes queued before them', async () => {
    const onChanges = vi.fn();
    const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout };
    const watcher = new MutationWatcher({
      registry: new SplitRegistry(),
      timers: timers as never,
      flushDelayMs: 0,
      burstLimit: 100,
      onChanges,
    });
    watcher.observe(document);
    watcher.ignoring(() => document.body.append(h('p', {}, 'ours')));
    await sleep(10);
    expect(onChanges).not.toHaveBeenCalled();
    const page = h('p', {}, 'page');
    document.body.append(page);
    watcher.ignoring(() => document.body.append(h('p', {}, 'ours again')));
    await sleep(10);
    expect(onChanges).toHaveBeenCalledTimes(1);
    expect(onChanges.mock.calls[0]?.[0].scan).toEqual([page]);
    watcher.disconnect();
  });

  it('coalesces a burst into one change set and falls back to a rescan on a huge one', async () => {
    const onChanges = vi.fn();
    const watcher = new MutationWatcher({
      registry: new SplitRegistry(),
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as never) },
      flushDelayMs: 5,
      burstLimit: 50,
      onChanges,
    });
    watcher.observe(document);
    for (let i = 0; i < 20; i++) document.body.append(h('p', {}, `stycke ${i}`));
    await sleep(30);
    expect(onChanges).toHaveBeenCalledTimes(1);
    expect(onChanges.mock.calls[0]?.[0].scan).toHaveLength(20);
    for (let i = 0; i < 60; i++) document.body.append(h('p', {}, `stycke ${i}`));
    await sleep(30);
    expect(onChanges).toHaveBeenCalledTimes(2);
    expect(onChanges.mock.calls[1]?.[0].scan).toBeNull();
    watcher.disconnect();
  });
});

describe('dynamic pages', () => {
  it('marks appended paragraphs and settles without a feedback loop', async () => {
    const onSettled = vi.fn();
    document.body.append(h('p', {}, 'Inledning om asyl.'));
    const hl = make(onSettled);
    await hl.start();
    expect(onSettled).toHaveBeenCalledTimes(1);
    const feed = h('div', {});
    document.body.append(feed);
    for (let i = 0; i < 20; i++) feed.append(h('p', {}, `Nytt stycke ${i}: facket och välfärden.`));
    await settle(hl);
    expect(marksIn(document.body)).toHaveLength(41);
    expect(onSettled).toHaveBeenCalledTimes(2);
    await sleep(FLUSH * 10);
    expect(onSettled).toHaveBeenCalledTimes(2);
    hl.stop();
  });

  it('marks text the page changes in place', async () => {
    const p = h('p', {}, 'Ingen träff ännu');
    document.body.append(p);
    const hl = make();
    await hl.start();
    (p.firstChild as Text).data = 'Nu om asyl';
    await settle(hl);
    expect(marksIn(p).map((m) => m.textContent)).toEqual(['asyl']);
    hl.stop();
  });

  it('drops our copy of old text when a framework rewrites a marked text node', async () => {
    const p = h('p', {}, 'Gammal text om asyl och mer');
    document.body.append(p);
    const original = p.firstChild as Text;
    const hl = make();
    await hl.start();
    expect(marksIn(p)).toHaveLength(1);
    // React keeps its reference to the original node and sets the whole new text there.
    original.data = 'Ny text om facket';
    await settle(hl);
    expect(p.textContent).toBe('Ny text om facket');
    expect(marksIn(p).map((m) => m.textContent)).toEqual(['facket']);
    hl.stop();
    expect(p.textContent).toBe('Ny text om facket');
  });

  it('removes leftovers when a framework removes a marked text node', async () => {
    const p = h('p', {}, 'Text om asyl här');
    document.body.append(p);
    const original = p.firstChild as Text;
    const hl = make();
    await hl.start();
    p.removeChild(original);
    p.append('Ersatt');
    await settle(hl);
    expect(p.textContent).toBe('Ersatt');
    hl.stop();
  });

  it('joins back text the page edited inside our pieces', async () => {
    const p = h('p', {}, 'Om asyl och mer text');
    document.body.append(p);
    const hl = make();
    await hl.start();
    const mark = marksIn(p)[0] as HTMLElement;
    (mark.nextSibling as Text).data = ' och ändrad text';
    await settle(hl);
    expect(p.textContent).toBe('Om asyl och ändrad text');
    hl.stop();
    expect(p.childNodes).toHaveLength(1);
    expect(p.textContent).toBe('Om asyl och ändrad text');
  });
});
