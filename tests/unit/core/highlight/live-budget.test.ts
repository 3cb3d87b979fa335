// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveBudget, type LiveBudgetOptions } from '../../../../core/highlight/pacing/live-budget';
import { h, marksIn, sleep, testHighlighter } from './helpers';

/** A budget on a hand-driven clock: `spend` is our busy time, `pass` the wall time in between. */
function driven(options: LiveBudgetOptions) {
  let now = 0;
  let spent = 0;
  const budget = new LiveBudget(
    options,
    () => spent,
    () => now,
  );
  return {
    budget,
    spend: (ms: number) => {
      now += ms;
      spent += ms;
    },
    pass: (ms: number) => {
      now += ms;
    },
    get now() {
      return now;
    },
    get spent() {
      return spent;
    },
  };
}

const OPTIONS: LiveBudgetOptions = { share: 0.05, burstMs: 20, maxWaitMs: 1_000 };

describe('live budget', () => {
  it('lets work run at once until the burst is spent, then asks for the time that pays it back', () => {
    const t = driven(OPTIONS);
    expect(t.budget.waitMs()).toBe(0);
    t.spend(15);
    expect(t.budget.waitMs()).toBe(0);
    t.spend(15);
    // 10 ms in debt, less the 0.75 ms the second 15 ms earned (the first earned nothing: the
    // bucket was full), paid back at 5 %.
    expect(t.budget.waitMs()).toBeCloseTo((10 - 15 * 0.05) / 0.05, 5);
    t.pass(200);
    expect(t.budget.waitMs()).toBe(0);
  });

  it('never asks for more than maxWaitMs, and pays a huge debt back within it', () => {
    const t = driven(OPTIONS);
    t.spend(5_000);
    expect(t.budget.waitMs()).toBe(1_000);
    t.pass(1_000);
    expect(t.budget.waitMs()).toBe(0);
  });

  it('forgives what a requested scan spent', () => {
    const t = driven(OPTIONS);
    t.spend(300);
    expect(t.budget.waitMs()).toBeGreaterThan(0);
    t.budget.refill();
    expect(t.budget.waitMs()).toBe(0);
  });

  it('keeps work that waits as told to its share of the wall time, plus one burst', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 40, noNaN: true }), { minLength: 50, maxLength: 400 }),
        fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (costs, gaps) => {
          const t = driven(OPTIONS);
          costs.forEach((cost, i) => {
            t.pass(Math.max(t.budget.waitMs(), gaps[i % gaps.length] ?? 0));
            t.spend(cost);
          });
          // Work of up to 40 ms never outruns what maxWaitMs pays back (50 ms at 5 %).
          const allowed = OPTIONS.share * t.now + OPTIONS.burstMs + 40;
          expect(t.spent).toBeLessThanOrEqual(allowed);
        },
      ),
    );
  });
});

describe('a highlighter on a live page', () => {
  afterEach(() => document.body.replaceChildren());
  // A burst that lets one small change through at once; after a big one, the next change waits
  // the whole maxWaitMs (next to nothing is earned meanwhile).
  const STRICT: LiveBudgetOptions = { share: 0.000_01, burstMs: 3, maxWaitMs: 300 };
  /** A change that costs far more than the burst: 300 paragraphs to mark. */
  const bigChange = () => {
    for (let i = 0; i < 300; i++) document.body.append(h('p', {}, `Stycke ${i} om välfärden.`));
  };

  it('holds the next scan back once live work is over its share, and scans it after the wait', async () => {
    const hl = testHighlighter({ liveBudget: STRICT });
    document.body.append(h('p', {}, 'Inledning om välfärden.'));
    await hl.start();
    // The first scan was asked for: it is forgiven, and the first change is scanned at once.
    document.body.append(h('p', { id: 'first' }, 'LO svarar.'));
    await sleep(20);
    await hl.idle();
    expect(marksIn(document.getElementById('first') as HTMLElement)).toHaveLength(1);
    expect(hl.pending).toBe(false);
    bigChange();
    await sleep(20);
    await hl.idle();

    document.body.append(h('p', { id: 'second' }, 'Om flyktingar.'));
    await sleep(100);
    expect(hl.pending).toBe(true);
    expect(marksIn(document.getElementById('second') as HTMLElement)).toHaveLength(0);
    await sleep(300);
    await hl.idle();
    expect(hl.pending).toBe(false);
    expect(marksIn(document.getElementById('second') as HTMLElement)).toHaveLength(1);
    hl.stop();
  });

  it('reports once more when a held-back scan ends, though it changed nothing', async () => {
    let reports = 0;
    // Short slices: the big change is marked over many, and the page changes in between. No
    // burst: every change waits.
    const hl = testHighlighter({
      liveBudget: { ...STRICT, burstMs: 0 },
      sliceMs: 1,
      markSliceMs: 1,
    });
    hl.on('settled', () => reports++);
    await hl.start();
    bigChange();
    while (!hl.busy) await sleep(1);
    document.body.append(h('p', {}, 'Inget ämne här.'));
    expect(hl.busy).toBe(true);
    await hl.idle();
    // The report at the end of that scan went out with the new paragraph still held back.
    const before = reports;
    expect(hl.pending).toBe(true);
    await sleep(400);
    await hl.idle();
    expect(hl.pending).toBe(false);
    expect(reports).toBe(before + 1);
    hl.stop();
  });
});
