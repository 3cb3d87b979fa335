import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { figuresForTopic, positionsForTopic } from '../../../../core/pack/lookup';
import { parsePack } from '../../../../core/pack/validate';
import { TOPIC_IDS } from '../../topic-ids';

const SOURCE_IDS = ['industry-and-welfare', 'solidarity-and-security'];
const FIGURE_IDS = [
  'industry-dependent-jobs',
  'industry-direct-jobs',
  'industry-welfare-job-share',
  'welfare-sector-jobs',
];
const POSITION_IDS = [
  'asylum-reject-harsh-rhetoric',
  'asylum-solidarity-with-refugees',
  'asylum-sweden-can-afford-reception',
  'collective-agreements-against-wage-dumping',
  'collective-agreements-need-secure-workers',
  'collective-agreements-no-race-to-the-bottom',
  'immigration-exploited-migrant-workers',
  'immigration-pitted-against-welfare',
  'immigration-regulated-but-generous',
  'industry-and-welfare-need-each-other',
  'industry-better-products-not-worse-terms',
  'industry-jobs-in-stockholm',
  'industry-world-class-ambition',
  'labour-market-beyond-finance',
  'labour-market-growth-low-unemployment',
  'labour-market-industry-welfare-share',
  'labour-market-security-debate',
  'redistribution-losers-of-inequality',
  'redistribution-policy-needed',
  'redistribution-tax-evaders-and-profits',
  'redistribution-wealth-concentration',
  'residence-permits-deportation-threat',
  'residence-permits-permanent-after-asylum',
  'residence-permits-why-permanent',
  'secure-employment-kommunal-members',
  'secure-employment-no-one-loses-home',
  'secure-employment-peace-of-mind',
  'security-crime-debate-too-narrow',
  'security-crime-security-is-also-work',
  'tax-cuts-privatisation-not-competitive',
  'tax-cuts-privatisation-real-threat',
  'unions-for-every-worker',
  'unions-kick-upwards',
  'unions-organise-together',
  'unions-swedish-model',
  'unions-worker-influence',
  'welfare-invest-in-kommunal-members',
  'welfare-needs-immigration',
  'welfare-not-against-refugees',
  'welfare-offensive-investment',
  'welfare-preschool-and-buses-let-industry-work',
  'welfare-sector-is-large-employer',
  'welfare-universal-and-tax-funded',
  'work-environment-in-security-debate',
  'work-environment-kommunal-members',
];

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const pack = BUNDLED_PACK;

describe('bundled pack', () => {
  it('passes the same validation as an imported pack', () => {
    const result = parsePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has exactly the fixed topic ids', () => {
    expect(ids(pack.topics)).toEqual(TOPIC_IDS);
  });

  it('keeps every published source, figure and position id', () => {
    expect(ids(pack.sources)).toEqual(expect.arrayContaining(SOURCE_IDS));
    expect(ids(pack.figures)).toEqual(expect.arrayContaining(FIGURE_IDS));
    expect(ids(pack.positions)).toEqual(expect.arrayContaining(POSITION_IDS));
  });

  it.each(TOPIC_IDS)('topic %s has a position in both languages', (topic) => {
    const positions = positionsForTopic(pack, topic);
    expect(positions.length).toBeGreaterThan(0);
    for (const position of positions) {
      expect(position.statement.sv).not.toBe(position.statement.en);
      expect(position.refs.length).toBeGreaterThan(0);
    }
  });

  it('carries the four figures of the first op-ed exactly', () => {
    const figures = Object.fromEntries(
      pack.figures.map((f) => [f.id, [f.value, f.unit, f.qualifier, f.ref.source, f.ref.paragraph]]),
    );
    expect(figures).toEqual({
      'industry-direct-jobs': [70000, 'persons', 'exact', 'industry-and-welfare', 5],
      'industry-dependent-jobs': [230000, 'persons', 'about', 'industry-and-welfare', 6],
      'welfare-sector-jobs': [290000, 'persons', 'exact', 'industry-and-welfare', 7],
      'industry-welfare-job-share': [40, 'percent', 'more-than', 'industry-and-welfare', 7],
    });
    expect(figuresForTopic(pack, 'industry').length).toBe(3);
  });

  it('says the second op-ed has no figures rather than leaving it out', () => {
    const second = pack.sources.find((s) => s.id === 'solidarity-and-security');
    expect(second?.hasFigures).toBe(false);
    expect(pack.figures.filter((f) => f.ref.source === 'solidarity-and-security')).toEqual([]);
  });

  it('never invents an outlet, a date, a URL or a headline: the op-ed texts give none', () => {
    for (const source of pack.sources) {
      expect([source.outlet, source.date, source.url, source.headline]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('quotes nothing: the project does not own the op-eds, so every statement is a summary', () => {
    expect(pack.publisherOwnsText).not.toBe(true);
    expect(pack.positions.filter((p) => p.quote !== undefined)).toEqual([]);
  });

  it('lists related topics both ways', () => {
    for (const topic of pack.topics) {
      for (const related of topic.related) {
        expect(pack.topics.find((t) => t.id === related)?.related, `${related} -> ${topic.id}`).toContain(
          topic.id,
        );
      }
    }
  });
});
