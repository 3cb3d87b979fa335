/** Plain-text rendering of the eval figures, one block per data set. */
import type { AbsabankResult } from './absabank.ts';
import type { ArgumentationResult } from './argumentation.ts';
import type { PageResult } from './pages.ts';
import type { PositionsResult } from './positions.ts';
import type { SeedTopicRow } from './seeds.ts';
import { type Check, passed } from './targets.ts';
import type { TopicsDevResult } from './topics-dev.ts';
import type { WordSenseReport } from './word-sense-sets.ts';

export interface EvalResults {
  absabank: Record<string, AbsabankResult>;
  argumentation: Record<string, ArgumentationResult>;
  topicsDev: TopicsDevResult;
  seeds?: SeedTopicRow[];
  pages?: PageResult[];
  positions?: PositionsResult;
  wordSenses?: WordSenseReport;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f3 = (x: number) => x.toFixed(3);
const out = (line = '') => process.stdout.write(`${line}\n`);

export function printReport(results: EvalResults, checks: Check[]): void {
  out('== absabank-imm (migration topics together: asylum + immigration + residence-permits)');
  for (const [split, a] of Object.entries(results.absabank)) {
    const topics = Object.entries(a.perTopic)
      .map(([t, n]) => `${t} ${pct(n / a.paragraphs)}`)
      .join(', ');
    out(
      `${split.padEnd(5)} paragraphs ${a.paragraphs}: recall ${f3(a.paragraphRecall)} | documents ${a.documents}: recall ${f3(a.documentRecall)} | ${topics}`,
    );
  }
  out('\n== argumentation sentences (off-topic: share flagged)');
  for (const [split, g] of Object.entries(results.argumentation)) {
    out(
      `${split.padEnd(5)} sentences ${g.sentences}: migration ${pct(g.migrationShare)} | any topic (minimum wage excepted) ${pct(g.anyTopicShare)} | minimum-wage sentences ${g.minimumWageSentences}: any topic ${pct(g.minimumWageAnyTopicShare)}`,
    );
  }
  out(`\n== topics-dev (${results.topicsDev.paragraphs} paragraphs)`);
  out(`${'label'.padEnd(24)} ${'P'.padStart(6)} ${'R'.padStart(6)}   tp  fp  fn`);
  for (const s of results.topicsDev.labels) {
    out(
      `${s.label.padEnd(24)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)}  ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`,
    );
  }
  out(
    `${'micro'.padEnd(24)} ${f3(results.topicsDev.microPrecision).padStart(6)} ${f3(results.topicsDev.microRecall).padStart(6)}`,
  );
  if (results.positions) {
    const p = results.positions;
    out(`\n== positions-dev (${p.paragraphs} paragraphs, ${p.withFit} with a fitting position)`);
    out(
      `${''.padEnd(12)} ${'recall@1'.padStart(9)} ${'precision@1'.padStart(12)} ${'shown, no fit'.padStart(14)}`,
    );
    for (const [name, s] of [
      ['first build', p.firstBuild],
      ['by fit', p.product],
      ['card, 1 topic', p.card],
    ] as const) {
      out(
        `${name.padEnd(13)} ${f3(s.recallAt1).padStart(9)} ${f3(s.precisionAt1).padStart(12)} ${pct(s.noFitShown).padStart(14)}`,
      );
    }
  }
  if (results.seeds) {
    out(
      '\n== op-eds: paragraphs each topic fires on vs paragraphs the pack cites as primary (context refs left out)',
    );
    for (const r of results.seeds) {
      const missing = r.missing.length > 0 ? `  MISSING cited ${r.missing.join(',')}` : '';
      out(
        `${r.file} ${r.topic.padEnd(24)} fires [${r.fires.join(',')}] cited [${r.cited.join(',')}]${missing}`,
      );
    }
  }
  if (results.wordSenses) printWordSenses(results.wordSenses);
  if (results.pages) {
    out('\n== non-Swedish pages (matches with default settings)');
    for (const p of results.pages)
      out(`${p.page.padEnd(32)} ${p.matches}${p.samples.length ? `  ${p.samples.join(' ')}` : ''}`);
  }
  out('\n== targets');
  for (const c of checks) {
    const op = c.kind === 'min' ? '>=' : '<=';
    out(`${passed(c) ? 'ok    ' : 'MISSED'} ${c.name}: ${formatValue(c.value)} (target ${op} ${c.target})`);
  }
}

/** Tuning aid: what was missed or over-flagged, to learn vocabulary from (not to copy strings). */
export function printMisses(results: EvalResults): void {
  out('\n== topics-dev errors');
  for (const e of results.topicsDev.errors)
    out(`${e.id} missed [${e.missed.join(',')}] extra [${e.extra.join(',')}]`);
  out('\n== argumentation flagged (train + dev)');
  for (const g of Object.values(results.argumentation)) {
    for (const e of g.examples) out(`${e.topics.join(',')}: ${e.text}`);
  }
}

/**
 * The last line of every run, for CI logs: pass or fail, and which targets were missed with
 * their values, so a red build needs no scrolling.
 */
export function summaryLine(checks: Check[]): string {
  const missed = checks.filter((c) => !passed(c));
  const met = `${checks.length - missed.length}/${checks.length} targets met`;
  if (missed.length === 0) return `eval: ok, ${met}`;
  const what = missed.map(
    (c) => `${c.name} ${formatValue(c.value)} (target ${c.kind === 'min' ? '>=' : '<='} ${c.target})`,
  );
  return `eval: FAILED, ${met}; missed: ${what.join('; ')}`;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : f3(value);
}

function printWordSenses({ demo, shared }: WordSenseReport): void {
  out('\n== word-level precision (every marked term judged by its sense: tests/fixtures/word-senses/)');
  for (const [name, r] of [
    ['demo article', demo],
    [`${shared.texts} eval paragraphs`, shared],
  ] as const) {
    out(
      `${name.padEnd(20)} marks ${r.marks}: on ${r.on}, off ${r.off.length}, precision ${f3(r.precision)} | not judged ${r.unjudged.length}, judged but not made ${r.stale.length}`,
    );
    for (const m of r.off) out(`  off: ${m.id} ${m.topic}:${m.word} (#${m.n})`);
    // Ready to paste into the list once judged.
    for (const m of r.unjudged) out(`  not judged: ${JSON.stringify({ ...m, on: true })}`);
    for (const v of r.stale) out(`  not made: ${v.id} ${v.topic}:${v.word} (#${v.n})`);
  }
  if (shared.missingTexts.length > 0) out(`  ids not in the eval files: ${shared.missingTexts.join(', ')}`);
}
