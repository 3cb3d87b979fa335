/**
 * What the sweep reads inside each page (main world). Written as plain-JS source strings: these
 * run in the browser, and a TypeScript transform would add helpers the page does not have.
 */

/** Installed before any page script: keeps every long task the page sees. */
export const LONG_TASK_RECORDER = `(() => {
  window.__fackkollLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__fackkollLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

export interface PageFacts {
  marks: number;
  /** Marks with an excluded ancestor (script, form field, editable area, code…). */
  violations: string[];
  visibleText: string;
  textContent: string;
  longTasks: number[];
  testState: string | null;
}

/** Collects marks across the document, open shadow roots and same-origin frames. */
export function pageFactsSource(excludedSelector: string): string {
  return `(() => {
  const excluded = ${JSON.stringify(excludedSelector)};
  const marks = [];
  const visit = (root) => {
    for (const m of root.querySelectorAll('mark.fackkoll-mark')) marks.push(m);
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === 'iframe') {
        try { if (el.contentDocument) visit(el.contentDocument); } catch {}
      }
    }
  };
  visit(document);
  const violations = [];
  for (const m of marks) {
    let node = m.parentNode;
    while (node) {
      if (node.nodeType === 1 && node.matches(excluded)) {
        violations.push(node.localName + ': ' + m.textContent);
        break;
      }
      node = node.parentNode || node.host || null;
    }
  }
  return {
    marks: marks.length,
    violations,
    visibleText: document.body ? document.body.innerText : '',
    textContent: document.body ? document.body.textContent : '',
    longTasks: window.__fackkollLongTasks || [],
    testState: document.documentElement.getAttribute('data-fackkoll-test'),
  };
})()`;
}
