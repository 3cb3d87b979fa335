import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

/**
 * Copies a citation as plain text. The clipboard is written only from the click itself (a user
 * gesture, no permission asked); where the browser refuses, the text is shown selected so the
 * reader can copy it by hand.
 */
export function CopyCitation({ text }: { text: () => string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fallback = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', text: value });
      requestAnimationFrame(() => fallback.current?.select());
    }
  };
  return (
    <div class="fk-copy">
      <button type="button" class="fk-button" onClick={() => void copy()}>
        {i18n.t('card.copyCitation')}
      </button>
      <span class="fk-copy-status" role="status">
        {state.kind === 'copied' ? i18n.t('card.copied') : ''}
      </span>
      {state.kind === 'failed' && (
        <label class="fk-copy-fallback">
          {i18n.t('card.copyFailed')}
          <textarea ref={fallback} readOnly rows={5} value={state.text} />
        </label>
      )}
    </div>
  );
}
