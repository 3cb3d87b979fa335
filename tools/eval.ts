/**
 * npm run eval -- EVAL_DIR [--seeds DIR] [--pages DIR] [--json] [--misses]
 * Measures the bundled lexicon on the shared evaluation data (never copied into the repo) and
 * exits 1 when a target of issue 4 is missed, so CI fails on a regression. The last line is a
 * one-line summary (`eval: ok, …` or `eval: FAILED, …; missed: …`) for CI logs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon } from '../core/match/index.ts';
import { BUNDLED_PACK } from '../core/pack/bundled.ts';
import { evaluateAbsabank } from './eval/absabank.ts';
import { evaluateArgumentation } from './eval/argumentation.ts';
import { loadCitedParagraphs } from './eval/cited-paragraphs.ts';
import { parseJsonl } from './eval/jsonl.ts';
import { loadLexicon } from './eval/lexicon.ts';
import { evaluatePages } from './eval/pages.ts';
import { evaluatePositions } from './eval/positions.ts';
import { printMisses, printReport, summaryLine } from './eval/report.ts';
import { evaluateSeeds } from './eval/seeds.ts';
import { AIMS, type Check, passed, TARGETS } from './eval/targets.ts';
import { evaluateTopicsDev } from './eval/topics-dev.ts';
import { evaluateWordSenses } from './eval/word-sense-sets.ts';

const SPLITS = ['train', 'dev'] as const;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write('usage: npm run eval -- EVAL_DIR [--seeds DIR] [--pages DIR] [--json] [--misses]\n');
    return 2;
  }
  const matcher = compileLexicon(loadLexicon());
  const read = (name: string) => parseJsonl(readFileSync(join(args.dir, name), 'utf8'));
  const results = {
    absabank: Object.fromEntries(
      SPLITS.map((s) => [s, evaluateAbsabank(read(`absabank-imm_${s}.jsonl`), matcher)]),
    ),
    argumentation: Object.fromEntries(
      SPLITS.map((s) => [s, evaluateArgumentation(read(`argumentation-sentences_${s}.jsonl`), matcher)]),
    ),
    topicsDev: evaluateTopicsDev(read('topics-dev.jsonl'), matcher),
    seeds: args.seeds ? evaluateSeeds(args.seeds, matcher, await loadCitedParagraphs()) : undefined,
    pages: args.pages ? evaluatePages(args.pages, matcher) : undefined,
    positions: evaluatePositions(read('positions-dev.jsonl'), matcher, BUNDLED_PACK),
    wordSenses: evaluateWordSenses([...read('topics-dev.jsonl'), ...read('absabank-imm_dev.jsonl')], matcher),
  };
  const checks: Check[] = [];
  for (const s of SPLITS) {
    const a = results.absabank[s];
    const g = results.argumentation[s];
    if (!a || !g) continue;
    checks.push(
      {
        name: `absabank ${s} paragraph recall`,
        value: a.paragraphRecall,
        target: TARGETS.absabankParagraphRecall,
        kind: 'min',
      },
      {
        name: `absabank ${s} document recall`,
        value: a.documentRecall,
        target: TARGETS.absabankDocumentRecall,
        kind: 'min',
      },
      {
        name: `argumentation ${s} migration share`,
        value: g.migrationShare,
        target: TARGETS.argumentationMigrationShare,
        kind: 'max',
      },
      {
        name: `argumentation ${s} any-topic share`,
        value: g.anyTopicShare,
        target: TARGETS.argumentationAnyTopicShare,
        kind: 'max',
      },
    );
  }
  checks.push(
    {
      name: 'topics-dev micro precision',
      value: results.topicsDev.microPrecision,
      target: TARGETS.topicsMicroPrecision,
      kind: 'min',
    },
    {
      name: 'topics-dev micro recall',
      value: results.topicsDev.microRecall,
      target: TARGETS.topicsMicroRecall,
      kind: 'min',
    },
  );
  checks.push(
    {
      name: 'positions-dev recall@1',
      value: results.positions.product.recallAt1,
      target: TARGETS.positionsRecallAt1,
      kind: 'min',
    },
    {
      name: 'positions-dev precision@1',
      value: results.positions.product.precisionAt1,
      target: TARGETS.positionsPrecisionAt1,
      kind: 'min',
    },
    {
      name: 'positions-dev share of no-fit paragraphs shown a position',
      value: results.positions.product.noFitShown,
      target: TARGETS.positionsNoFitShown,
      kind: 'max',
    },
  );
  const { demo, shared } = results.wordSenses;
  checks.push(
    {
      name: `word-level precision (demo + ${shared.texts} eval paragraphs)`,
      value: (demo.on + shared.on) / Math.max(1, demo.on + demo.off.length + shared.on + shared.off.length),
      target: TARGETS.wordPrecision,
      kind: 'min',
    },
    {
      name: 'marks not judged by the word-sense list (or judged and no longer made)',
      value: demo.unjudged.length + shared.unjudged.length + demo.stale.length + shared.stale.length,
      target: 0,
      kind: 'max',
    },
    {
      name: 'paragraphs judged by the word-sense list',
      value: shared.texts - shared.missingTexts.length,
      target: TARGETS.wordSenseParagraphs,
      kind: 'min',
    },
  );
  if (results.seeds) {
    const missing = results.seeds.reduce((n, row) => n + row.missing.length, 0);
    checks.push({
      name: 'cited (primary) op-ed paragraphs not matched',
      value: missing,
      target: 0,
      kind: 'max',
    });
  }
  if (results.pages) {
    const matches = results.pages.reduce((n, page) => n + page.matches, 0);
    checks.push({
      name: 'matches on non-Swedish pages',
      value: matches,
      target: TARGETS.pageMatches,
      kind: 'max',
    });
  }
  const missed = checks.filter((c) => !passed(c));
  if (args.json) process.stdout.write(`${JSON.stringify({ ...results, checks, missed }, null, 2)}\n`);
  else printReport(results, checks);
  if (args.misses) printMisses(results);
  if (!args.json) printAims(results.absabank);
  // Last, on stderr when stdout carries JSON, so `--json` output stays parseable.
  const summary = `${summaryLine(checks)}\n`;
  if (args.json) process.stderr.write(summary);
  else process.stdout.write(summary);
  return missed.length > 0 ? 1 : 0;
}

/** The aims above the gating targets, so progress towards them shows on every run. */
function printAims(absabank: Record<string, { paragraphRecall: number; documentRecall: number }>): void {
  const line = (
    name: string,
    aim: number,
    pick: (a: { paragraphRecall: number; documentRecall: number }) => number,
  ) => {
    const values = Object.entries(absabank).map(([split, a]) => `${split} ${pick(a).toFixed(3)}`);
    const met = Object.values(absabank).every((a) => pick(a) >= aim);
    process.stdout.write(`${met ? 'met ' : 'aim '}   ${name} >= ${aim} (not a gate): ${values.join(', ')}\n`);
  };
  process.stdout.write('\n== aims of issue 17\n');
  line('absabank paragraph recall', AIMS.absabankParagraphRecall, (a) => a.paragraphRecall);
  line('absabank document recall', AIMS.absabankDocumentRecall, (a) => a.documentRecall);
}

function parseArgs(argv: string[]) {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const value = argv[i + 1];
    argv.splice(i, 2);
    return value;
  };
  const seeds = flag('--seeds');
  const pages = flag('--pages');
  const json = argv.includes('--json');
  const misses = argv.includes('--misses');
  const rest = argv.filter((a) => a !== '--json' && a !== '--misses');
  if (rest.length !== 1 || rest[0]?.startsWith('--')) return undefined;
  return { dir: rest[0] as string, seeds, pages, json, misses };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`eval: ${error.stack ?? error.message}\n`);
    process.exitCode = 2;
  },
);
