/**
 * One tab stop per topic. A page with 40 highlights used to get 40 more tab stops (43 of the 67
 * on an SVT article), and a highlight inside a link two. Every mark is focusable (tabIndex -1);
 * each topic's roving stop (tabIndex 0) is its first mark in document order until the reader
 * moves it with the arrow keys (see moveFocus), the pattern of a toolbar or tab list.
 */
import type { Occurrences } from './occurrences';

export type FocusStep = 'next' | 'previous' | 'first' | 'last';

export class TabStops {
  private readonly stops = new Map<string, HTMLElement>();
  private stale = true;

  constructor(private readonly occurrences: Occurrences) {}

  /**
   * Marks came or went. The stops are brought up to date only when the keyboard needs them (see
   * refresh): doing it on every settle put a 424 ms long task on a 100 000-node page, paid by
   * every reader, not only those who tab.
   */
  invalidate(): void {
    this.stale = true;
  }

  /** Before Tab moves focus: every topic on the page has exactly one mark in the tab order. */
  refresh(): void {
    // A stop the page removed (with its paragraph) leaves its topic without one: look again.
    if (!this.stale && [...this.stops.values()].every((stop) => stop.isConnected)) return;
    this.stale = false;
    const firsts = this.occurrences.firstOfEach();
    for (const [topic, first] of firsts) {
      const stop = this.stops.get(topic);
      if (stop?.isConnected && stop.tabIndex === 0) continue;
      this.setStop(topic, first);
    }
    for (const topic of [...this.stops.keys()]) if (!firsts.has(topic)) this.stops.delete(topic);
  }

  /** Moves focus (and the topic's tab stop) from `mark` to another mark of its topic; wraps around. */
  moveFocus(mark: HTMLElement, topic: string, step: FocusStep): HTMLElement | undefined {
    this.refresh();
    const list = this.occurrences.of(topic);
    if (list.length === 0) return undefined;
    const at = list.indexOf(mark);
    const index =
      step === 'first'
        ? 0
        : step === 'last'
          ? list.length - 1
          : (at + (step === 'next' ? 1 : -1) + list.length) % list.length;
    const target = list[index];
    if (!target) return undefined;
    this.setStop(topic, target);
    target.focus();
    return target;
  }

  private setStop(topic: string, mark: HTMLElement): void {
    const old = this.stops.get(topic);
    if (old && old !== mark) old.tabIndex = -1;
    mark.tabIndex = 0;
    this.stops.set(topic, mark);
  }
}
