import { useState } from 'preact/hooks';
import type { TopicView } from '../../core/view/topic-view';
import { TopicItem } from './TopicItem';

interface Props {
  views: readonly TopicView[];
  show(topic: string, index: number): Promise<{ index: number; total: number } | null>;
}

/** The page's topics, most central first (see core/relevance/central-topics.ts); the first opens by itself. */
export function TopicList({ views, show }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(views.slice(0, 1).map((v) => v.id)));
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
