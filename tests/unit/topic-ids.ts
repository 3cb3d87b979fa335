/**
 * The bundled topic ids, written out. Ids are public: settings, the lexicon and the UI store and
 * link by them, so renaming or removing one must be a deliberate change to this list.
 */
export const TOPIC_IDS = [
  'asylum',
  'collective-agreements',
  'immigration',
  'industry',
  'labour-market',
  'redistribution',
  'residence-permits',
  'secure-employment',
  'security-crime',
  'tax-cuts-privatisation',
  'unions',
  'welfare',
  'work-environment',
];
