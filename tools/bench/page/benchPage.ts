/**
 * Browser side of `npm run bench`: bundled into one script, driven from tools/bench/run.ts.
 * Every measurement starts from a freshly generated, laid-out page with the same seed.
 */

import { createHighlighter, withSheet } from '../../../core/highlight';
import { type Matcher, matcherFromData } from '../../../core/match';
import { BUNDLED_PACK } from '../../../core/pack/bundled';
import type { LexiconEntry } from '../../../core/pack/schema';
import { indexCues } from '../../../core/relevance/rank';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults';
import { repairedSettings } from '../../../core/settings/read';
import { pageLanguage } from '../../../core/text/page-language';
import lexicon from '../../../data/pack/lexicon.json';
import topics from '../../../data/pack/topics.json';
import { pageSetupOf } from '../../../entrypoints/background/page-setup';
import { articleStart } from '../../../entrypoints/content/article-start';
import { pageOrder } from '../../../entrypoints/content/card/page-positions';
import { highlightConfig } from '../../../entrypoints/content/highlight-config';
import { EXTENSION_VERSION } from '../../../storage/extension-version';
import { usableSetup } from '../../../storage/page-setup';
import { generateArticle } from './generateArticle';
import { lexiconSamples, naiveTerms } from './lexiconSamples';
import { floor, floorWrapLayout, lastLongTasks, naiveMarkJs, pipeline, type Timing } from './methods';
import { scriptEval } from './scriptEval';
import { seededRandom, textSource } from './swedishText';

const entries = lexicon as LexiconEntry[];
const packs = [BUNDLED_PACK];

/** An article as the content script reads its start to tell the language (article-start.ts). */
function sampleArticle(): Document {
  const doc = document.implementation.createHTMLDocument('artikel');
  doc.documentElement.lang = 'sv';
  const article = doc.createElement('article');
  for (let i = 0; i < 40; i++) {
    const p = doc.createElement('p');
    p.textContent = `Stycke ${i}: facket säger att välfärden och arbetsmarknaden behöver fler anställda, och att kollektivavtalen ska gälla.`;
    article.append(p);
  }
  doc.body.append(article);
  return doc;
}

/**
 * What a content script pays before its first scan slice, as it does it (page-highlighting.ts,
 * prepareMatcher): the settings read and repaired, the article's start read for its language, the
 * page setup read (a structured clone here, as storage.local hands it over), checked and turned
 * into the highlighter's config, the matcher built from it (its tries' tops), the highlighter made
 * with the topics' look (its stylesheet's text), then the first two
 * searches (the walk's code still cold), the first topicOf and the first mayMatch (the block
 * prefilter's word table is built), each in a task of its own. Measured first, with the JIT cold,
 * as on a page load. The compile itself runs once per install or pack change, in the background,
 * and is reported apart.
 */
async function prepare() {
  const timed = <T>(fn: () => T): [T, number] => {
    const start = performance.now();
    const value = fn();
    return [value, performance.now() - start];
  };
  const task = () => new Promise((r) => setTimeout(r, 0));
  // As the background stores it at install (entrypoints/background/page-setup.ts).
  const [setup, installCompileMs] = timed(() => pageSetupOf(packs, false));
  const article = sampleArticle();
  await task();
  const [settings, settingsMs] = timed(() => repairedSettings(structuredClone(DEFAULT_SETTINGS)));
  const [, languageMs] = timed(() =>
    pageLanguage(article.documentElement.lang, articleStart(article, 2_000)),
  );
  await task();
  // With the shades an earlier page view stored for the stylesheet (storage/mark-style.ts).
  const sheet = (globalThis as { fackkollStoredSheet?: unknown }).fackkollStoredSheet ?? null;
  const [stored, readMs] = timed(() => structuredClone({ key: 'pageSetup', setup, sheet }));
  await task();
  const [config, configMs] = timed(() => {
    const usable = usableSetup(stored.setup, false);
    if (!usable) throw new Error('bench: the page setup is not usable');
    const base = highlightConfig(usable, settings, 'sv', { host: 'www.svt.se', markedFor: (t) => t });
    // `made` is set only when the stored shades did not fit and the view worked them out.
    return { ...base, ...withSheet(base.appearance, stored.sheet, EXTENSION_VERSION) };
  });
  const [compiled, buildMs] = timed(() => matcherFromData(config.matcher));
  await task();
  // The content script makes its highlighter and gives it the topics' look (its stylesheet's
  // text) before the first scan slice; methods.ts pipeline() makes it before its clock starts.
  const [highlighter, highlighterMs] = timed(() =>
    createHighlighter({ document: article, matcher: compiled, appearance: config.appearance }),
  );
  highlighter.stop();
  await task();
  const [, firstExecMs] = timed(() => 'Om välfärden'.search(compiled.cursor));
  await task();
  const [, secondExecMs] = timed(() => 'Om välfärden'.search(compiled.cursor));
  await task();
  const [, firstTopicOfMs] = timed(() => compiled.topicOf('välfärden'));
  await task();
  const [, firstMayMatchMs] = timed(() => compiled.mayMatch('Om välfärden'));
  await task();
  const fixed = [
    settingsMs + languageMs,
    readMs,
    configMs + buildMs,
    highlighterMs,
    firstExecMs,
    secondExecMs,
    firstTopicOfMs,
    firstMayMatchMs,
  ];
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    matcher: compiled,
    stats: {
      storedBytes: JSON.stringify(setup.matcher).length,
      installCompileMs: r(installCompileMs),
      settingsMs: r(settingsMs),
      languageMs: r(languageMs),
      readMs: r(readMs),
      configMs: r(configMs),
      buildMs: r(buildMs),
      highlighterMs: r(highlighterMs),
      /** 1 when the stored shades fit the look, 0 when the page view worked them out. */
      sheetStored: config.made ? 0 : 1,
      firstExecMs: r(firstExecMs),
      secondExecMs: r(secondExecMs),
      firstTopicOfMs: r(firstTopicOfMs),
      firstMayMatchMs: r(firstMayMatchMs),
      /** Main-thread time a page view pays before its first scan slice, after evaluating the script (run.ts adds that). */
      fixedMs: r(fixed.reduce((a, b) => a + b, 0)),
      longestFixedTaskMs: r(Math.max(...fixed)),
      // Once per content script, when the popup or the card first ranks positions.
      cueIndexMs: r(timed(() => indexCues(packs))[1]),
    },
  };
}

let matcher: Matcher;
let compileStats: Awaited<ReturnType<typeof prepare>>['stats'];
let samples: ReturnType<typeof lexiconSamples>;
const ready = prepare().then((prepared) => {
  matcher = prepared.matcher;
  compileStats = prepared.stats;
  samples = lexiconSamples(entries, matcher);
});
const appearance = {
  style: 'fill' as const,
  topics: topics.map((t) => ({ id: t.id, name: t.name.sv, color: t.color })),
};
const MATCH_RATE = 0.03;

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Fresh page, laid out and painted, garbage collected: the state a content script starts in. */
async function freshPage(textNodes: number): Promise<number> {
  const random = seededRandom(textNodes);
  const made = generateArticle(document, textNodes, textSource(random, matcher, samples, MATCH_RATE), random);
  void document.body.offsetHeight;
  await frame();
  await frame();
  gc();
  // The collection is a long task of the harness: let it end before the method starts.
  await new Promise((r) => setTimeout(r, 0));
  return made;
}

export type Method = 'naive' | 'pipeline' | 'floor' | 'floorWrap';

export interface Measurement extends Timing {
  textNodes: number;
  appendMs?: number;
  /** Pipeline only: duration and start (ms after the pipeline began) of each long task. */
  longTaskLog?: number[];
  appendBusyMs?: number;
  unmarkMs?: number;
  /** Ordering the page's topics and positions, as the popup asks for it (cue index warm). */
  rankPageMs?: number;
}

async function measure(method: Method, textNodes: number): Promise<Measurement> {
  await ready;
  const made = await freshPage(textNodes);
  if (method === 'naive') return { textNodes: made, ...naiveMarkJs(naiveTerms(entries)) };
  if (method === 'floor') return { textNodes: made, ...floor(matcher.cursor) };
  if (method === 'floorWrap') return { textNodes: made, ...floorWrapLayout(matcher.cursor) };
  let settled = () => {};
  const { hl, stats, ...timing } = await pipeline(matcher, appearance, () => settled());
  const longTaskLog = [...lastLongTasks];
  // The counts go into the page's report anyway; what ordering adds is reading and ranking.
  const counts = hl.counts();
  const tr = performance.now();
  pageOrder(document, packs, false, counts, matcher);
  const rankPageMs = performance.now() - tr;
  // 20 paragraphs appended by the page at once, as a live blog does.
  const before = stats.busyMs;
  const article = document.querySelector('article') as HTMLElement;
  const source = textSource(seededRandom(7), matcher, samples, MATCH_RATE);
  const done = new Promise<void>((resolve) => {
    settled = resolve;
  });
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) {
    const p = document.createElement('p');
    p.textContent = source.sentence(20, 40);
    article.appendChild(p);
  }
  await done;
  const appendMs = performance.now() - t0;
  const appendBusyMs = stats.busyMs - before;
  const t1 = performance.now();
  // stop() takes every mark out and restores the page's own text nodes.
  hl.stop();
  const unmarkMs = performance.now() - t1;
  return { textNodes: made, ...timing, appendMs, appendBusyMs, unmarkMs, rankPageMs, longTaskLog };
}

const api = {
  measure,
  scriptEval,
  lexicon: async () => {
    await ready;
    return {
      topics: entries.length,
      terms: entries.reduce((n, e) => n + e.sv.length, 0),
      samples: samples.length,
      ...compileStats,
    };
  },
};
(globalThis as { fackkollBench?: typeof api }).fackkollBench = api;
