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
      `70${NBSP}000`,
      `ungefär 230${NBSP}000`,
      `290${NBSP}000`,
    ]);
    expect(rows[0]?.querySelector('.fk-figure-counts')?.textContent).toBe(
      'personer som är direkt anställda inom industrin',
    );
  });

  it('draws bars in proportion to the numbers and hides the drawing from screen readers', () => {
    const { container } = renderChart();
    const widths = [...container.querySelectorAll('.fk-bar-fill')].map((rect) =>
      Number(rect.getAttribute('width')),
    );
    expect(widths[2]).toBe(100);
    expect(widths[0]).toBeCloseTo((70_000 / 290_000) * 100, 5);
    expect(widths[1]).toBeCloseTo((230_000 / 290_000) * 100, 5);
    for (const svg of container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('puts the share of jobs beside the bars, and cites the op-ed paragraphs', () => {
    const { container } = renderChart('welfare');
    const share = container.querySelector('.fk-share');
    expect(share?.querySelector('.fk-figure-value')?.textContent).toBe(`över 40${NBSP}%`);
    expect(share?.textContent).toContain('industrins och välfärdens sammanlagda andel av arbetstillfällena');
    expect(container.querySelector('.fk-source')?.textContent).toBe(
      'Källa: Kommunals och IF Metalls medlemmar i Stockholms län (Jessica P Klemetsson & Stefan Leiding) — debattartikel ”Industrin och välfärden i Stockholms län bär upp varandra”, stycken 5–7',
    );
  });

  it('speaks English in English', () => {
    useLocale('en');
    const { container } = renderChart('industry', 'en');
    expect(screen.getByText('Stockholm County, number of people')).toBeTruthy();
    expect(container.querySelector('.fk-share .fk-figure-value')?.textContent).toBe('more than 40%');
    expect(container.querySelector('.fk-source')?.textContent).toContain(
      '— op-ed “Industry and welfare in Stockholm County hold each other up”, paragraphs 5–7',
    );
  });
});
