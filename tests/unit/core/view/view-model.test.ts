import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { citationsFor, formatDate, formatParagraphList, formatWho } from '../../../../core/view/citation';
import { figureGroupsFor } from '../../../../core/view/figure-groups';
import { packLanguage } from '../../../../core/view/language';
import { topicView, topicViewsForReport } from '../../../../core/view/topic-view';
import { minimalPack } from '../pack/minimal-pack';

const NBSP = '\u00a0';
const noPrefs = { topics: {} };

describe('citations', () => {
  it('gives organisations and signatories exactly as the op-ed does', () => {
    const [citation] = citationsFor(BUNDLED_PACK, [{ source: 'industry-and-welfare', paragraph: 5 }]);
    expect(citation).toEqual({
      sourceId: 'industry-and-welfare',
      who: 'Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding)',
      outlet: undefined,
      date: undefined,
      url: undefined,
      host: undefined,
      headline: undefined,
      lang: 'sv',
      paragraphs: [5],
    });
  });

  it('gives every source fact the pack has, and none it gives as "unknown"', () => {
    const pack = minimalPack();
    const ref = [{ source: 'op-ed', paragraph: 1 }];
    expect(citationsFor(pack, ref)[0]).toMatchObject({ date: undefined, url: undefined, host: undefined });
    Object.assign(pack.sources[0] ?? {}, {
      outlet: 'Dagens Nyheter',
      date: '2024-03-12',
      url: 'https://www.dn.se/debatt/bygg/',
      headline: 'Bygg fler bostäder nu',
    });
    expect(citationsFor(pack, ref)[0]).toMatchObject({
      outlet: 'Dagens Nyheter',
      date: '2024-03-12',
      url: 'https://www.dn.se/debatt/bygg/',
      host: 'www.dn.se',
      headline: 'Bygg fler bostäder nu',
    });
  });

  it('never offers a link that is not https, even from a pack that got past the checks', () => {
    const pack = minimalPack();
    for (const url of ['javascript:alert(1)', 'http://a.se/x', 'not a url']) {
      Object.assign(pack.sources[0] ?? {}, { url });
      expect(citationsFor(pack, [{ source: 'op-ed', paragraph: 1 }])[0]?.url).toBeUndefined();
    }
  });

  it('writes dates as readers do, in either language', () => {
    expect(formatDate('2024-03-12', 'sv')).toBe('12 mars 2024');
    expect(formatDate('2024-03-12', 'en')).toBe('12 March 2024');
    expect(formatDate('unknown', 'sv')).toBeUndefined();
    // Never rolled over into another day: 2024-02-31 is no date, not 2 March.
    expect(formatDate('2024-02-31', 'sv')).toBeUndefined();
    expect(formatDate('2024-02-29', 'en')).toBe('29 February 2024');
    expect(formatDate(undefined, 'en')).toBeUndefined();
  });

  it('groups refs per op-ed with sorted, unique paragraphs and skips unknown sources', () => {
    const refs = [
      { source: 'op-ed', paragraph: 2 },
      { source: 'gone', paragraph: 1 },
      { source: 'op-ed', paragraph: 1 },
      { source: 'op-ed', paragraph: 2 },
    ];
    expect(citationsFor(minimalPack(), refs)).toEqual([
      expect.objectContaining({ sourceId: 'op-ed', who: 'Byggnads (Anna Andersson)', paragraphs: [1, 2] }),
    ]);
  });

  it('copes with an op-ed without organisations or without signatories', () => {
    expect(formatWho([], ['Sju fackliga företrädare'])).toBe('Sju fackliga företrädare');
    expect(formatWho(['LO', 'TCO'], [])).toBe('LO, TCO');
  });

  it('lists paragraphs with ranges for runs of three or more', () => {
    expect(formatParagraphList([5], 'och')).toBe('5');
    expect(formatParagraphList([5, 6], 'och')).toBe('5 och 6');
    expect(formatParagraphList([3, 4, 5, 7], 'and')).toBe('3\u20135 and 7');
    expect(formatParagraphList([1, 3, 19, 20, 21], 'och')).toBe('1, 3 och 19\u201321');
  });
});

describe('topicView', () => {
  it('gathers the position, its sources and the figures for a topic in the UI language', () => {
    const view = topicView([BUNDLED_PACK], 'industry', noPrefs, 'sv', 4);
    expect(view?.name).toBe('Industri och exportindustri');
    expect(view?.count).toBe(4);
    expect(view?.positions.map((p) => p.id)).toContain('industry-jobs-in-stockholm');
    const jobs = view?.positions.find((p) => p.id === 'industry-jobs-in-stockholm');
    expect(jobs?.citations[0]?.paragraphs).toEqual([5, 6]);
    expect(view?.figures[0]?.where).toBe('Stockholms län');
    expect(topicView([BUNDLED_PACK], 'industry', noPrefs, 'en')?.name).toBe('Industry and export industry');
  });

  it('uses the colour the user picked, else the pack colour', () => {
    expect(topicView([BUNDLED_PACK], 'welfare', noPrefs, 'sv')?.color).toBe('#ffb8d1');
    const prefs = { topics: { welfare: { enabled: true, color: '#123456' } } };
    expect(topicView([BUNDLED_PACK], 'welfare', prefs, 'sv')?.color).toBe('#123456');
  });

  it('says so when the op-eds behind a topic give no figures', () => {
    expect(topicView([BUNDLED_PACK], 'asylum', noPrefs, 'sv')?.sourcesHaveNoFigures).toBe(true);
    expect(topicView([BUNDLED_PACK], 'welfare', noPrefs, 'sv')?.sourcesHaveNoFigures).toBe(false);
  });

  it('keeps the report order and drops topics no active pack knows', () => {
    const report = {
      topics: [
        { topic: 'asylum', count: 5 },
        { topic: 'not-a-topic', count: 3 },
        { topic: 'welfare', count: 1 },
      ],
    };
    expect(topicViewsForReport(report, [BUNDLED_PACK], noPrefs, 'sv').map((v) => [v.id, v.count])).toEqual([
      ['asylum', 5],
      ['welfare', 1],
    ]);
  });

  it('joins positions from every active pack that has the topic', () => {
    const extra = minimalPack();
    extra.topics.push({ ...extra.topics[0], id: 'welfare' } as (typeof extra.topics)[number]);
    extra.positions.push({
      ...extra.positions[0],
      id: 'imported',
      topic: 'welfare',
    } as (typeof extra.positions)[number]);
    const view = topicView([BUNDLED_PACK, extra], 'welfare', noPrefs, 'sv');
    expect(view?.name).toBe('Välfärd och välfärdssektorn');
    expect(view?.positions.at(-1)).toMatchObject({
      id: 'imported',
      citations: [{ who: 'Byggnads (Anna Andersson)' }],
    });
  });
});

describe('figureGroupsFor', () => {
  it('draws the topic’s own head counts as bars, a part inside its whole, and the share beside', () => {
    const [industry, ...rest] = figureGroupsFor(BUNDLED_PACK, 'industry', 'sv');
    expect(rest).toEqual([]);
    // 70 000 employed directly is part of the 230 000 who depend on industry: not a rival bar.
    expect(industry?.bars.map((b) => [b.value, b.parts.map((p) => p.value)])).toEqual([
      [`ungefär 230${NBSP}000`, [`70${NBSP}000`]],
    ]);
    expect(industry?.shares.map((s) => s.value)).toEqual([`över 40${NBSP}%`]);
    expect(industry?.citations).toEqual([expect.objectContaining({ paragraphs: [5, 6, 7] })]);
    // Welfare's card does not lead with industry's head counts.
    const [welfare] = figureGroupsFor(BUNDLED_PACK, 'welfare', 'sv');
    expect(welfare?.bars.map((b) => b.value)).toEqual([`290${NBSP}000`]);
    expect(welfare?.citations).toEqual([expect.objectContaining({ paragraphs: [7] })]);
    const [labour] = figureGroupsFor(BUNDLED_PACK, 'labour-market', 'sv');
    expect(labour?.bars.map((b) => b.value)).toEqual([`ungefär 230${NBSP}000`, `290${NBSP}000`]);
  });

  it('shows only the figures tied to a leading position, none when it has none', () => {
    const [group] = figureGroupsFor(BUNDLED_PACK, 'welfare', 'sv', 'welfare-sector-is-large-employer');
    expect(group?.bars.map((b) => b.value)).toEqual([`290${NBSP}000`]);
    expect(group?.shares.map((s) => s.value)).toEqual([`över 40${NBSP}%`]);
    expect(figureGroupsFor(BUNDLED_PACK, 'welfare', 'sv', 'welfare-offensive-investment')).toEqual([]);
  });

  it('has no chart for a topic without figures', () => {
    expect(figureGroupsFor(BUNDLED_PACK, 'asylum', 'sv')).toEqual([]);
  });

  it('writes figures the English way in English', () => {
    const [group] = figureGroupsFor(BUNDLED_PACK, 'industry', 'en');
    expect(group?.bars[0]?.value).toBe('about 230,000');
    expect(group?.bars[0]?.parts[0]?.value).toBe('70,000');
    expect(group?.shares[0]?.value).toBe('more than 40%');
    expect(group?.where).toBe('Stockholm County');
  });
});

describe('packLanguage', () => {
  it('shows Swedish pack text only when the UI is Swedish', () => {
    expect(packLanguage('sv')).toBe('sv');
    expect(packLanguage('en')).toBe('en');
    expect(packLanguage('')).toBe('en');
  });
});

describe('topic views for a page', () => {
  const report = {
    topics: [
      { topic: 'welfare', count: 5 },
      { topic: 'residence-permits', count: 1 },
    ],
  };

  it('lets the positions that speak to the page lead within their topic', () => {
    const views = topicViewsForReport(report, [BUNDLED_PACK], noPrefs, 'sv', [
      'residence-permits-permanent-after-asylum',
    ]);
    expect(views.map((v) => v.id)).toEqual(['welfare', 'residence-permits']);
    expect(views[1]?.positions[0]?.id).toBe('residence-permits-permanent-after-asylum');
    expect(views[0]?.positions.map((p) => p.id)).toEqual(
      BUNDLED_PACK.positions.filter((p) => p.topic === 'welfare').map((p) => p.id),
    );
    // A page is not a passage: no topic is reduced to its overview.
    expect(views.every((v) => !('fit' in v))).toBe(true);
  });

  it('orders the topics most central first when the page says which', () => {
    const views = topicViewsForReport(
      report,
      [BUNDLED_PACK],
      noPrefs,
      'sv',
      [],
      ['residence-permits', 'welfare'],
    );
    expect(views.map((v) => v.id)).toEqual(['residence-permits', 'welfare']);
  });

  it('keeps the report’s order when no position speaks to the page', () => {
    expect(topicViewsForReport(report, [BUNDLED_PACK], noPrefs, 'sv', []).map((v) => v.id)).toEqual([
      'welfare',
      'residence-permits',
    ]);
  });
});
