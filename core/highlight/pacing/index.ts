/**
 * Pacing: how the engine shares the main thread with the page. Work runs in slices of a few
 * milliseconds (SliceClock), yields between them (yield.ts), makes garbage between the slices of
 * a long run so V8's scavenges stay short (scavenge-nudge.ts), and a live page's changes wait
 * when they have used their share of the main thread (LiveBudget).
 */
export { DEFAULT_LIVE_BUDGET, LiveBudget, type LiveBudgetOptions } from './live-budget';
export {
  DEFAULT_MARK_SLICE_MS,
  DEFAULT_SLICE_MS,
  SliceClock,
  type SliceListener,
  type SlicePhase,
  type YieldPhase,
} from './slice-clock';
export { afterNextFrame, yieldToPage } from './yield';
