import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props {
  topic: string;
  name: string;
  /** Scrolls the page to one occurrence; resolves to where it landed, null when none is left. */
  show(topic: string, index: number): Promise<{ index: number; total: number } | null>;
}

function Chevron({ flip }: { flip?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={flip ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** Previous/next buttons for one topic; the page wraps around at both ends. */
export function OccurrenceNav({ topic, name, show }: Props) {
  const [at, setAt] = useState<{ index: number; total: number } | null>(null);
  // Ahead of the answer, so quick presses chain instead of repeating the same step.
  const position = useRef<number | null>(null);
  const step = async (direction: 1 | -1) => {
    const from = position.current;
    const target = from === null ? (direction === 1 ? 0 : -1) : from + direction;
    position.current = target;
    const landed = await show(topic, target);
    if (landed) position.current = landed.index;
    setAt(landed);
  };
  return (
    <div class="fk-nav">
      <span class="fk-nav-status" aria-live="polite">
        {at ? i18n.t('popup.occurrence', [String(at.index + 1), String(at.total)]) : ''}
      </span>
      <button
        type="button"
        class="fk-icon-button"
        aria-label={i18n.t('popup.previous', { topic: name })}
        onClick={() => void step(-1)}
      >
        <Chevron flip />
      </button>
      <button
        type="button"
        class="fk-icon-button"
        aria-label={i18n.t('popup.next', { topic: name })}
        onClick={() => void step(1)}
      >
        <Chevron />
      </button>
    </div>
  );
}
