/**
 * How the pure text modules get their words: a function from a locale key (locales/*.yml) and its
 * named substitutions to the text in the UI language. The options page passes `i18n.t`; tests
 * pass the same over the real locale files. `count` picks a plural form.
 */
export type Say = (key: string, named?: Record<string, string | number>, count?: number) => string;
