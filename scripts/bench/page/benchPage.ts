/**
 * Browser side of `npm run bench`: bundled into one script, driven from scripts/bench/run.ts.
 * Every measurement starts from a freshly generated, laid-out page with the same seed.
 */

import lexicon from '../../../data/pack/lexicon.json';
import topics from '../../../data/pack/topics.json';
import { compileLexicon } from '../../../lib/match';
import type { LexiconEntry } from '../../../lib/pack/schema';
import { generateArticle } from './generateArticle';
import { lexiconSamples, naiveTerms } from './lexiconSamples';
import { floor, floorWrapLayout, naiveMarkJs, pipeline, type Timing } from './methods';
import { seededRandom, textSource } from './swedishText';

const entries = lexicon as LexiconEntry[];
const matcher = compileLexicon(entries);
const samples = lexiconSamples(entries, matcher);
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
  return made;
}

export type Method = 'naive' | 'pipeline' | 'floor' | 'floorWrap';

export interface Measurement extends Timing {
  textNodes: number;
  appendMs?: number;
  appendBusyMs?: number;
  unmarkMs?: number;
}

async function measure(method: Method, textNodes: number): Promise<Measurement> {
  const made = await freshPage(textNodes);
  if (method === 'naive') return { textNodes: made, ...naiveMarkJs(naiveTerms(entries)) };
  if (method === 'floor') return { textNodes: made, ...floor(matcher.regex) };
  if (method === 'floorWrap') return { textNodes: made, ...floorWrapLayout(matcher.regex) };
  let settled = () => {};
  const { hl, ...timing } = await pipeline(matcher, appearance, () => settled());
  // 20 paragraphs appended by the page at once, as a live blog does.
  const before = hl.stats().busyMs;
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
  const appendBusyMs = hl.stats().busyMs - before;
  const t1 = performance.now();
  hl.unmarkAll();
  const unmarkMs = performance.now() - t1;
  hl.stop();
  return { textNodes: made, ...timing, appendMs, appendBusyMs, unmarkMs };
}

const api = {
  measure,
  lexicon: () => ({
    topics: entries.length,
    terms: entries.reduce((n, e) => n + e.sv.length, 0),
    samples: samples.length,
  }),
};
(globalThis as { fackkollBench?: typeof api }).fackkollBench = api;
