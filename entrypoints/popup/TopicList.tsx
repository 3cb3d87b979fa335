import { useState } from 'preact/hooks';
import type { TopicView } from '../../core/view/topic-view';
import { TopicItem } from './TopicItem';

interface Props {
  views: readonly TopicView[];
  show(topic: string, index: number): Promise<{ index: number; total: number } | null>;
}

/**
 * The page's topics, most central first (see core/relevance/central-topics.ts), all folded: the
 * list is the overview, and one opened topic's chart pushed the rest below a 600 px popup's fold.
 * Each topic's position that best fits the page is one press away.
 */
export function TopicList({ views, show }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <ul class="fk-topics">
      {views.map((view) => (
        <TopicItem
          key={view.id}
          view={view}
          expanded={open.has(view.id)}
          onToggle={() => toggle(view.id)}
          show={show}
        />
      ))}
    </ul>
  );
}
