/**
 * What the highlighter tells the outside: the content script listens for activations and
 * settled marks; test builds and the benchmark also listen to where its time goes. Listening is
 * the only way in: the engine has no members or options for tests.
 */
import type { SlicePhase, YieldPhase } from './pacing';
import type { MarkActivation } from './types';

/** Where main-thread time went: a scan slice, reacting to page changes, or "settled" listeners. */
export type WorkPhase = SlicePhase | 'observe' | 'report';

export interface HighlighterEvents {
  /** The user activated one of our marks (click, Enter or Space). */
  activate: [activation: MarkActivation];
  /**
   * Nothing is left to scan and marks were added or removed since the last time (throttled, see
   * ReportThrottle); also after changes announced by `pending` were scanned, so whoever listens
   * to `pending` always hears how it ended, even when no mark changed.
   */
  settled: [];
  /** Page changes were queued and wait for their scan (a live page may wait seconds). */
  pending: [];
  /** Main-thread work ended after `ms`. */
  busy: [phase: WorkPhase, ms: number];
  /** The engine gave the page `ms` between two slices. */
  yielded: [phase: YieldPhase, ms: number];
}

type Listener<Args extends unknown[]> = (...args: Args) => void;

export class Events<E extends { [K in keyof E]: unknown[] }> {
  /** Listeners by type; each set only ever holds listeners for its own type's arguments. */
  private readonly listeners = new Map<keyof E, Set<unknown>>();

  /** Returns the unsubscribe function. */
  readonly on = <K extends keyof E>(type: K, listener: Listener<E[K]>): (() => void) => {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(listener);
    return () => void set.delete(listener);
  };

  has(type: keyof E): boolean {
    return (this.listeners.get(type)?.size ?? 0) > 0;
  }

  emit<K extends keyof E>(type: K, ...args: E[K]): void {
    const set = this.listeners.get(type);
    if (set) for (const listener of set) (listener as Listener<E[K]>)(...args);
  }
}
