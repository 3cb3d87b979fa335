/**
 * The page view's highlight stylesheet: written from the shades stored for its topics' colours
 * (storage/mark-style.ts, read with the page setup), or worked out here and stored for the next
 * page views. Stored shades are only taken for the colours and extension version they were
 * worked out for (core/highlight withSheet).
 */
import { type MadeSheet, withSheet } from '../../core/highlight';
import type { HighlightConfig } from './highlight-config';

export class SheetCache {
  /** The shades stored or last worked out here. */
  private sheet: unknown = null;

  constructor(
    /** This extension's version: shades worked out by another version are worked out again. */
    private readonly revision: string,
    /** Stores shades for the next page views; a failed write only costs them the colour math. */
    private readonly store: (made: MadeSheet) => Promise<unknown>,
  ) {}

  /** What storage held when the setup was read. */
  read(stored: unknown): void {
    this.sheet = stored;
  }

  /** The config with its stylesheet; shades worked out here are stored, once. */
  styled(config: HighlightConfig): HighlightConfig {
    const { appearance, made } = withSheet(config.appearance, this.sheet, this.revision);
    if (made) {
      this.sheet = made;
      this.store(made).catch(() => {});
    }
    return { ...config, appearance };
  }
}
