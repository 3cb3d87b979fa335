/**
 * Yielding to the page between slices of work, so the extension never causes a long task.
 * scheduler.yield() keeps our place at the front of the queue where the browser has it; a
 * MessageChannel hop is the fallback (setTimeout would be clamped to 4 ms after a few nests).
 */

interface YieldingScheduler {
  yield(): Promise<void>;
  postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/** `urgent`: ahead of rendering as well (see SliceClock.yieldUntilAfterFrame). */
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
