import { i18n } from '#i18n';
import type { Say } from '../../core/import-errors/say';

type UntypedT = (key: string, ...args: unknown[]) => string;

/**
 * The locale files, for the pure text modules (core/import-errors/): they build their keys from
 * problem codes, which tests/unit/core/import-errors/ checks exist in both locales.
 */
export const say: Say = (key, named = {}, count) => {
  const t = i18n.t as unknown as UntypedT;
  return count === undefined ? t(key, named) : t(key, count, named);
};
