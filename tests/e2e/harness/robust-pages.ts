/**
 * Generated pages for the robustness tests: too big to keep as fixture files, and their size is
 * the point, so it is written here as numbers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/** Sentences with topic words and without, so the scanner both marks and walks past. */
const SENTENCES = [
  'Kommunen sparar på välfärden och hemtjänsten.',
  'Vädret blir soligt i morgon med svaga vindar.',
  'Exportindustrin går för högtryck i Södertälje.',
  'Tåget var tio minuter försenat på morgonen.',
];

/**
 * The browser's own record of long tasks (Long Tasks API; Chromium has it, Firefox does not), kept
 * from the page's first byte so a test can check the extension with the browser's clock and not
 * only its own. The page runs no script after it is parsed, so a long task that starts after
 * DOMContentLoaded is the extension's (or the engine working for it: a GC, compiling our code).
 * Rendering is not a task here: frames are Long Animation Frames, a property of the page's size.
 */
const LONG_TASK_LOG = `window.__longTasks = null;
  if ((PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0) {
    window.__longTasks = [];
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
      });
    }).observe({ type: 'longtask', buffered: true });
  }`;

const page = (title: string, body: string, script = '', head = `<script>${LONG_TASK_LOG}</script>`) =>
  `<!doctype html>\n<html lang="sv"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>\n`;

/** 20 000 paragraphs of five text nodes each: 100 000 text nodes, one in four with a topic word. */
export function hugePage(paragraphs = 20_000): string {
  const rows: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    rows.push(`<p>${i}: ${s} <b>Del ${i}</b> och <i>mer</i> text.</p>`);
  }
  // No whitespace between paragraphs: exactly five text nodes each.
  return page('Hundratusen textnoder', `<main>${rows.join('')}</main>`);
}

/**
 * A live page: `window.churn(seconds)` rewrites `perTick` paragraphs every 100 ms (1 000 nodes a
 * second by default), round the 500 it has; resolves when done.
 */
export function churningPage(): string {
  const rows = Array.from({ length: 500 }, (_, i) => `<p id="p${i}">${SENTENCES[i % 4]}</p>`).join('\n');
  const script = `
    var S = ${JSON.stringify(SENTENCES)};
    window.churn = function (seconds, perTick) {
      perTick = perTick || 100;
      var ps = document.querySelectorAll('main p'), tick = 0, next = 0;
      return new Promise(function (done) {
        var id = setInterval(function () {
          for (var i = 0; i < perTick; i++, next++) {
            ps[next % ps.length].textContent = tick + ': ' + S[(next + tick) % S.length];
          }
          if (++tick >= seconds * 10) { clearInterval(id); done(tick * perTick); }
        }, 100);
      });
    };`;
  return page('Livesida', `<main>${rows}</main>`, script);
}

/** `window.swapBody()` puts a new <body> in place of the old one, as some apps do on navigation. */
export function bodySwapPage(): string {
  const script = `
    window.swapBody = function () {
      var body = document.createElement('body');
      var p = document.createElement('p');
      p.id = 'new';
      p.textContent = 'Ny sida: industrijobben och välfärden i fokus.';
      body.appendChild(p);
      document.body = body;
    };`;
  return page('Byt kropp', '<main><p id="old">Gammal sida om välfärden.</p></main>', script);
}

export function articlePage(): string {
  return page('Artikel', `<main><article>${SENTENCES.map((s) => `<p>${s}</p>`).join('\n')}</article></main>`);
}

/** A page whose Content Security Policy allows no style and no script of its own at all. */
export function strictCspPage(): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'">`;
  return page('Sträng CSP', `<main><p>${SENTENCES[0]}</p><p>${SENTENCES[2]}</p></main>`, '', csp);
}

/** Writes every page into a fresh temp dir and returns it, for serveDir. */
export function writeRobustPages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fackkoll-robust-'));
  writeFileSync(join(dir, 'robust-huge.html'), hugePage());
  writeFileSync(join(dir, 'robust-churn.html'), churningPage());
  writeFileSync(join(dir, 'robust-body.html'), bodySwapPage());
  writeFileSync(join(dir, 'robust-article.html'), articlePage());
  writeFileSync(join(dir, 'robust-csp.html'), strictCspPage());
  return dir;
}

/**
 * Long tasks the browser saw after the page was parsed (see LONG_TASK_LOG), or null where the
 * browser has no Long Tasks API (Firefox).
 */
export function longTasksAfterParse(page: Page): Promise<{ start: number; ms: number }[] | null> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: { start: number; ms: number }[] | null }).__longTasks;
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const parsed = nav?.domContentLoadedEventEnd ?? 0;
    return tasks === null ? null : tasks.filter((t) => t.start >= parsed);
  });
}
