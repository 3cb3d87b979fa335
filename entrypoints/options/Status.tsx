import { useState } from 'preact/hooks';

/** A polite live region: results of actions are announced without moving focus. */
export function Status({ message, kind = 'info' }: { message?: string; kind?: 'info' | 'error' }) {
  return (
    <p class={`status status-${kind}`} role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

export function useStatus() {
  const [status, setStatus] = useState<{ message?: string; kind?: 'info' | 'error' }>({});
  return {
    status,
    info: (message?: string) => setStatus({ message, kind: 'info' }),
    error: (message?: string) => setStatus({ message, kind: 'error' }),
  };
}
