// @vitest-environment happy-dom
/**
 * Marks are cloned from finished templates; a word marked a second time gets one of its own that
 * carries its accessible name, so later marks of it need no attribute written.
 */
import { describe, expect, it } from 'vitest';
import { MARK_CLASS, TOPIC_ATTR } from '../../../../core/highlight/constants';
import { MarkTemplates } from '../../../../core/highlight/mark-templates';

function names(quiet = false, label = 'markerat för Asyl') {
  const asked: string[] = [];
  return {
    asked,
    topicName: (topic: string) => (topic === 'asylum' ? 'Asyl' : topic),
    topicLabel: (topic: string) => {
      asked.push(topic);
      return label;
    },
    quiet,
  };
}

describe('mark templates', () => {
  it('gives every mark its class, topic, focus, tooltip and a name holding its own word', () => {
    const templates = new MarkTemplates(names());
    const mark = templates.mark(document, 'asylum', 'asylsökande');
    expect(mark.className).toBe(MARK_CLASS);
    expect(mark.getAttribute(TOPIC_ATTR)).toBe('asylum');
    expect(mark.getAttribute('role')).toBe('button');
    expect(mark.tabIndex).toBe(-1);
    expect(mark.title).toBe('Asyl');
    expect(mark.getAttribute('aria-label')).toBe('asylsökande (markerat för Asyl)');
    expect(templates.mark(document, 'asylum', 'asyl').getAttribute('aria-label')).toBe(
      'asyl (markerat för Asyl)',
    );
  });

  it('names a word twice, then clones the named template: the same attributes, no name written', () => {
    const n = names();
    const templates = new MarkTemplates(n);
    const marks = [1, 2, 3, 4].map(() => templates.mark(document, 'asylum', 'asyl'));
    expect(n.asked).toEqual(['asylum', 'asylum']);
    const attributes = (m: HTMLElement) =>
      m
        .getAttributeNames()
        .map((a) => `${a}=${m.getAttribute(a)}`)
        .sort();
    for (const mark of marks) expect(attributes(mark)).toEqual(attributes(marks[0] as HTMLElement));
    // Each is a mark of its own, never the template itself.
    expect(new Set(marks).size).toBe(4);
  });

  it('gives quiet marks no name, role or focus', () => {
    const mark = new MarkTemplates(names(true)).mark(document, 'asylum', 'asyl');
    expect(mark.getAttribute('role')).toBe('none');
    expect(mark.hasAttribute('aria-label')).toBe(false);
    expect(mark.hasAttribute('tabindex')).toBe(false);
  });

  it('takes new names after clear(), and makes marks in the document asked for', () => {
    const n = names();
    const templates = new MarkTemplates(n);
    for (let i = 0; i < 3; i++) templates.mark(document, 'asylum', 'asyl');
    n.topicLabel = () => 'marked for Asylum';
    templates.clear();
    expect(templates.mark(document, 'asylum', 'asyl').getAttribute('aria-label')).toBe(
      'asyl (marked for Asylum)',
    );
    const other = document.implementation.createHTMLDocument('frame');
    const mark = templates.mark(other, 'asylum', 'asyl');
    expect(mark.ownerDocument).toBe(other);
    expect(mark.getAttribute('aria-label')).toBe('asyl (marked for Asylum)');
  });
});
