/**
 * Yielding to the page between slices of work, so the extension never causes a long task.
 * scheduler.yield() keeps our place at the front of the queue where the browser has it; a
 * MessageChannel hop is the fallback (setTimeout would be clamped to 4 ms after a few nests).
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
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
 * Slices that mark: long enough that few frames are rendered (and the page laid out) in the
 * middle of marking, short enough that a slice overrunning by one batch stays far from 50 ms.
 */
export const DEFAULT_MARK_SLICE_MS = 20;
