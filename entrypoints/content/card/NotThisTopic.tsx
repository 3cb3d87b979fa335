import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Dismissal } from '../../../core/settings/schema';
import { SettingsRejectedError } from '../../../storage/settings';

export interface NotThisTopicProps {
  /** The highlighted word as the page writes it. */
  term: string;
  topic: string;
  /** The site the reader is on ("dn.se"); undefined where a site cannot be named. */
  site: string | undefined;
  /** Stores the dismissal (on this site, or everywhere); every open tab drops the marks. */
  onDismiss(everywhere: boolean): Promise<Dismissal>;
  onUndo(dismissal: Dismissal): Promise<void>;
}

type State =
  | { kind: 'closed' }
  | { kind: 'choosing' }
  | { kind: 'dismissed'; dismissal: Dismissal }
  | { kind: 'restored' }
  | { kind: 'failed'; reason: string };

/**
 * "Not this topic here": the reader takes a wrongly marked word off the topic, on this site or
 * everywhere, and can undo it at once (or later in the options page).
 */
export function NotThisTopic({ term, topic, site, onDismiss, onUndo }: NotThisTopicProps) {
  const [state, setState] = useState<State>({ kind: 'closed' });
  const status = useRef<HTMLParagraphElement>(null);
  const run = async (action: () => Promise<State>) => {
    try {
      setState(await action());
    } catch (error) {
      const reason =
        error instanceof SettingsRejectedError
          ? error.errors.map((e) => e.message).join('; ')
          : error instanceof Error
            ? error.message
            : String(error);
      setState({ kind: 'failed', reason });
    }
    // The buttons just pressed are gone: focus goes to what happened, so it is read out.
    requestAnimationFrame(() => status.current?.focus());
  };
  const dismiss = (everywhere: boolean) =>
    run(async () => ({ kind: 'dismissed', dismissal: await onDismiss(everywhere) }));

  if (state.kind === 'closed')
    return (
      <button
        type="button"
        class="fk-link-button fk-not-this-topic"
        aria-expanded="false"
        onClick={() => setState({ kind: 'choosing' })}
      >
        {i18n.t('card.notThisTopic')}
      </button>
    );
  if (state.kind === 'choosing')
    return (
      <fieldset class="fk-dismiss fk-fieldset">
        <legend class="fk-dismiss-prompt">{i18n.t('card.stopMarking', { term, topic })}</legend>
        <div class="fk-dismiss-actions">
          {site && (
            <button type="button" class="fk-button" onClick={() => void dismiss(false)}>
              {i18n.t('card.onSite', { site })}
            </button>
          )}
          <button type="button" class="fk-button" onClick={() => void dismiss(true)}>
            {i18n.t('card.everywhere')}
          </button>
        </div>
      </fieldset>
    );
  if (state.kind === 'failed')
    return (
      <p class="fk-error" role="alert" tabIndex={-1} ref={status}>
        {i18n.t('card.saveFailed', { reason: state.reason })}
      </p>
    );
  const { kind } = state;
  return (
    <div class="fk-dismiss">
      <p class="fk-dismiss-status" role="status" tabIndex={-1} ref={status}>
        {kind === 'restored'
          ? i18n.t('card.restored', { term, topic })
          : state.dismissal.site
            ? i18n.t('card.dismissedOnSite', { term, topic, site: state.dismissal.site })
            : i18n.t('card.dismissedEverywhere', { term, topic })}
      </p>
      {state.kind === 'dismissed' && (
        <button
          type="button"
          class="fk-button"
          onClick={() => {
            const { dismissal } = state;
            void run(async () => {
              await onUndo(dismissal);
              return { kind: 'restored' };
            });
          }}
        >
          {i18n.t('card.undo')}
        </button>
      )}
    </div>
  );
}
