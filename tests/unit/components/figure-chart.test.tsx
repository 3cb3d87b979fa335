// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FigureChart } from '../../../components/FigureChart';
import { BUNDLED_PACK } from '../../../core/pack/bundled';
import { figureGroupsFor } from '../../../core/view/figure-groups';
import { useLocale } from '../entrypoints/popup/support';

const NBSP = '\u00a0';

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('sv');
});
afterEach(cleanup);

function renderChart(topic = 'labour-market', lang: 'sv' | 'en' = 'sv') {
  const [group] = figureGroupsFor(BUNDLED_PACK, topic, lang);
  if (!group) throw new Error(`no figures for ${topic}`);
  return render(<FigureChart group={group} />);
}

describe('figure chart', () => {
  it('labels each bar with its number and what it counts, under a caption naming the place', () => {
    const { container } = renderChart();
    expect(screen.getByText('Stockholms län, antal personer')).toBeTruthy();
    const rows = [...container.querySelectorAll('.fk-bar-row')];
    expect(rows.map((row) => row.querySelector('.fk-figure-value')?.textContent)).toEqual([
      `ungefär 230${NBSP}000`,
      `290${NBSP}000`,
    ]);
    expect(rows[0]?.querySelector(':scope > .fk-figure-counts')?.textContent).toBe(
      'personer vars försörjning direkt hänger på industrin, industrinära tjänster inräknade',
    );
  });

  it('says a part of a figure as part of it, inside its bar, not as a bar of its own', () => {
    const { container } = renderChart();
    const part = container.querySelector('[data-figure="industry-direct-jobs"]');
    expect(part?.closest('.fk-bar-row')?.getAttribute('data-figure')).toBe('industry-dependent-jobs');
    expect(part?.textContent).toBe(`varav 70${NBSP}000 personer som är direkt anställda inom industrin`);
    expect(container.querySelectorAll('.fk-bar')).toHaveLength(2);
  });

  it('draws bars in proportion to the numbers and hides the drawing from screen readers', () => {
    const { container } = renderChart();
    const width = (selector: string) =>
      [...container.querySelectorAll(selector)].map((rect) => Number(rect.getAttribute('width')));
    expect(width('.fk-bar-fill')[1]).toBe(100);
    expect(width('.fk-bar-fill')[0]).toBeCloseTo((230_000 / 290_000) * 100, 5);
    expect(width('.fk-bar-part')[0]).toBeCloseTo((70_000 / 290_000) * 100, 5);
    for (const svg of container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts the share of jobs beside the bars, and cites the op-ed paragraphs', () => {
    const { container } = renderChart('welfare');
    const share = container.querySelector('.fk-share');
    expect(share?.querySelector('.fk-figure-value')?.textContent).toBe(`över 40${NBSP}%`);
    expect(share?.textContent).toContain('industrins och välfärdens sammanlagda andel av arbetstillfällena');
    expect(container.querySelector('.fk-source')?.textContent).toBe(
      'Källa: Stycke 7 i en debattartikel av Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding)',
    );
  });

  it('speaks English in English', () => {
    useLocale('en');
    const { container } = renderChart('industry', 'en');
    expect(screen.getByText('Stockholm County, number of people')).toBeTruthy();
    expect(container.querySelector('.fk-share .fk-figure-value')?.textContent).toBe('more than 40%');
    expect(container.querySelector('.fk-source')?.textContent).toContain(
      'Source: Paragraphs 5–7 of an op-ed by Kommunals och IF Metalls medlemmar i Stockholms län',
    );
  });
});
