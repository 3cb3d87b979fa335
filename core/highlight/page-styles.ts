/**
 * The highlight stylesheet in every root we mark, and the topic names marks are labelled with.
 * The sheet goes in with the first marks, not at start: a page with nothing to mark gets no
 * trace of the extension, and on a big page the new sheet is laid out in the same frame as the
 * marks instead of a frame of its own.
 */
import { stylesheetFor } from './highlight-css';
import { StyleInjector } from './style-injector';
import type { Appearance } from './types';

export class PageStyles {
  private readonly injector: StyleInjector;
  private readonly roots = new Set<Document | ShadowRoot>();
  private names: Map<string, string>;
  private labels: Map<string, string>;
  private styled = false;
  private quietNow: boolean;

  constructor(
    appearance: Appearance,
    /** Runs our own DOM change where the page's mutation observer does not see it. */
    private readonly unobserved: (change: () => void) => void,
  ) {
    this.injector = new StyleInjector(stylesheetFor(appearance));
    this.quietNow = appearance.quiet === true;
    this.names = namesOf(appearance);
    this.labels = labelsOf(appearance);
  }

  /** A root the engine watches: styled now if marks exist already, else with the first marks. */
  attach(root: Document | ShadowRoot): void {
    this.roots.add(root);
    if (this.styled) this.unobserved(() => this.injector.ensure(root));
  }

  /** A root that left the page (a replaced frame document, a detached shadow host). */
  forget(root: Document | ShadowRoot): void {
    this.roots.delete(root);
  }

  /** Marks are about to go in: every known root gets the sheet (once). */
  ensureAll(): void {
    if (this.styled) return;
    this.styled = true;
    for (const root of this.roots) this.unobserved(() => this.injector.ensure(root));
  }

  /** New colours or style: one stylesheet per root is rewritten, no mark is touched. */
  update(appearance: Appearance): void {
    this.quietNow = appearance.quiet === true;
    this.names = namesOf(appearance);
    this.labels = labelsOf(appearance);
    this.injector.update(stylesheetFor(appearance));
  }

  /** Marks are made plain (Appearance.quiet); a change of it needs the marks made again. */
  get quiet(): boolean {
    return this.quietNow;
  }

  /** The topic's name for a mark's tooltip (its id when the appearance does not list it). */
  topicName(topic: string): string {
    return this.names.get(topic) ?? topic;
  }

  /** What a mark's accessible name says after its word. */
  topicLabel(topic: string): string {
    return this.labels.get(topic) ?? this.topicName(topic);
  }

  removeAll(): void {
    this.injector.removeAll();
    this.roots.clear();
    this.styled = false;
  }
}

function namesOf(appearance: Appearance): Map<string, string> {
  return new Map(appearance.topics.map((t) => [t.id, t.name]));
}

function labelsOf(appearance: Appearance): Map<string, string> {
  return new Map(appearance.topics.map((t) => [t.id, t.label ?? t.name]));
}
