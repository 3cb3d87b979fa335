/**
 * The finished marks every new mark is cloned from, so that no attribute is written per mark.
 * A mark's accessible name holds its own word ("varsel (markerat för Trygga jobb)"), which a
 * topic's template cannot: writing that name on each clone made the browser copy the clone's
 * attributes, about 2 µs a mark and 3 % of a scan of the bench page (npm run bench). A word seen
 * a second time gets a template of its own, named once; an article repeats its words.
 */
import { MARK_CLASS, TOPIC_ATTR } from './constants';

export interface MarkNames {
  /** Topic id → name for the tooltip. */
  topicName(topic: string): string;
  /** Topic id → what the accessible name says after the word ("markerat för Trygga jobb"). */
  topicLabel(topic: string): string;
  /** Plain marks (Appearance.quiet): no role, name, tooltip or focus. */
  readonly quiet?: boolean;
}

/** Named templates kept at most: a page's matched words are a few hundred at the very most. */
const MAX_WORDS = 4_096;

export class MarkTemplates {
  private readonly byTopic = new Map<string, HTMLElement>();
  private readonly byWord = new Map<string, HTMLElement>();
  /** Words marked once: the second time they get a template. */
  private readonly seen = new Set<string>();

  constructor(private readonly names: MarkNames) {}

  /** A new mark for `word` of `topic` in `doc`, with every attribute it needs. */
  mark(doc: Document, topic: string, word: string): HTMLElement {
    const quiet = this.names.quiet === true;
    const plain = this.topicTemplate(doc, topic, quiet);
    if (quiet) return plain.cloneNode(false) as HTMLElement;
    const key = `${topic}\n${word}`;
    const named = this.byWord.get(key);
    if (named?.ownerDocument === doc) return named.cloneNode(false) as HTMLElement;
    const mark = plain.cloneNode(false) as HTMLElement;
    // Per word, since the name holds it: "varsel (markerat för Trygga jobb)".
    mark.setAttribute('aria-label', `${word} (${this.names.topicLabel(topic)})`);
    if (this.seen.has(key)) {
      if (this.byWord.size >= MAX_WORDS) this.byWord.clear();
      this.byWord.set(key, mark.cloneNode(false) as HTMLElement);
    } else {
      if (this.seen.size >= MAX_WORDS) this.seen.clear();
      this.seen.add(key);
    }
    return mark;
  }

  /** Names, labels or quiet changed: every template is made again. */
  clear(): void {
    this.byTopic.clear();
    this.byWord.clear();
    this.seen.clear();
  }

  private topicTemplate(doc: Document, topic: string, quiet: boolean): HTMLElement {
    let template = this.byTopic.get(topic);
    if (template?.ownerDocument !== doc) {
      template = markTemplate(doc, topic, quiet ? undefined : this.names.topicName(topic));
      this.byTopic.set(topic, template);
    }
    return template;
  }
}

/**
 * A finished mark for a topic. Without a name (Appearance.quiet) it is a plain element: found
 * and counted, but nothing to a reader.
 */
function markTemplate(doc: Document, topic: string, topicName: string | undefined): HTMLElement {
  // No data-markjs: another extension's mark.js unmark() then cannot strip our marks.
  const mark = doc.createElement('mark');
  mark.className = MARK_CLASS;
  mark.setAttribute(TOPIC_ATTR, topic);
  // role none: not even "highlighted", which a bare <mark> is to a screen reader.
  if (topicName === undefined) {
    mark.setAttribute('role', 'none');
    return mark;
  }
  // Focusable so keyboard users can open the card too, but out of the tab order: each topic has
  // one tab stop and the arrow keys move between its marks (tab-stops.ts). Its accessible name
  // (set per word) is the matched word and why it is marked; the title shows the topic.
  mark.tabIndex = -1;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight');
  mark.title = topicName;
  return mark;
}
