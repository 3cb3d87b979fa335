/**
 * The one place that maps project topic ids onto the labels of topics-taxonomy.md. The ids were
 * chosen equal to the labels, but keeping the map explicit means a renamed topic breaks here,
 * visibly, rather than silently scoring zero.
 */
export const LABEL_OF_TOPIC: Readonly<Record<string, string>> = {
  welfare: 'welfare',
  industry: 'industry',
  unions: 'unions',
  'collective-agreements': 'collective-agreements',
  'secure-employment': 'secure-employment',
  'tax-cuts-privatisation': 'tax-cuts-privatisation',
  redistribution: 'redistribution',
  'work-environment': 'work-environment',
  asylum: 'asylum',
  immigration: 'immigration',
  'residence-permits': 'residence-permits',
  'security-crime': 'security-crime',
  'labour-market': 'labour-market',
};

/** Topics that count as "migration" for the absabank and argumentation figures. */
export const MIGRATION_TOPICS: readonly string[] = ['asylum', 'immigration', 'residence-permits'];

export function labelsOf(counts: Record<string, number>): Set<string> {
  const labels = new Set<string>();
  for (const [topic, n] of Object.entries(counts)) {
    const label = LABEL_OF_TOPIC[topic];
    if (n > 0 && label) labels.add(label);
  }
  return labels;
}
