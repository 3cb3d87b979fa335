/** The targets of issues 4, 14 and 17. A missed target makes `npm run eval` exit non-zero. */
export const TARGETS = {
  absabankParagraphRecall: 0.75,
  absabankDocumentRecall: 0.95,
  argumentationMigrationShare: 0.005,
  argumentationAnyTopicShare: 0.03,
  topicsMicroPrecision: 0.85,
  topicsMicroRecall: 0.8,
  pageMatches: 0,
  positionsRecallAt1: 0.65,
  positionsPrecisionAt1: 0.8,
  positionsNoFitShown: 0.25,
  wordPrecision: 0.95,
  wordSenseParagraphs: 40,
} as const;

/**
 * Issue 17's aims for absabank recall, not met yet: reported on every run, but not a gate, so CI
 * still fails only on a regression below TARGETS. The paragraphs still missed mostly carry no
 * migration vocabulary at all (a religion, a nationality or a party named, the thread giving the
 * subject), and marking those words as immigration would conflate them with it.
 */
export const AIMS = {
  absabankParagraphRecall: 0.8,
  absabankDocumentRecall: 0.97,
} as const;

export interface Check {
  name: string;
  value: number;
  target: number;
  /** 'min': value must be at least target; 'max': at most. */
  kind: 'min' | 'max';
}

export function passed(check: Check): boolean {
  return check.kind === 'min' ? check.value >= check.target : check.value <= check.target;
}
