/**
 * Yielding to the page between slices of work, so the extension never causes a long task.
 * scheduler.yield() keeps our place at the front of the queue where the browser has it; a
 * MessageChannel hop is the fallback (setTimeout would be clamped to 4 ms after a few nests).
 */

interface YieldingScheduler {
  yield(): Promise<void>;
  postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/** `urgent`: ahead of rendering as well (see ScanQueue.yieldUntilAfterFrame). */
export function yieldToPage(urgent = false): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (urgent && typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => {}, { priority: 'user-blocking' });
  }
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Milliseconds of main-thread work per slice: well under the 50 ms long-task line. */
export const DEFAULT_SLICE_MS = 5;
/**
 * Slices that prepare and put in marks. Preparing writes nothing to the page, so frames between
 * those slices have nothing new to lay out, and putting marks in runs ahead of rendering (see
 * ScanQueue.yieldUntilAfterFrame): longer slices buy little. What they cost is headroom: a V8
 * scavenge of 10-30 ms can land in any slice, and at 100 000 text nodes the longest slice was
 * 20-51 ms (median 36) with 12 ms and 21-45 ms (median 30) with 8 ms, 12 runs each, same machine.
 */
export const DEFAULT_MARK_SLICE_MS = 8;

/**
 * Resolves in a task right after the browser's next frame, or after `timeoutMs` where no frame
 * comes (a hidden tab renders none).
 */
export function afterNextFrame(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, timeoutMs);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => void yieldToPage().then(finish));
  });
}
