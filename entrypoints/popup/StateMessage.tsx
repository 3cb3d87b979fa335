import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  body?: string;
  busy?: boolean;
  children?: ComponentChildren;
}

/** The popup's message for a page without results: what happened and what the reader can do. */
export function StateMessage({ title, body, busy, children }: Props) {
  return (
    <section class="fk-state" aria-busy={busy ? 'true' : undefined}>
      {busy && <span class="fk-progress" aria-hidden="true" />}
      <h2 class="fk-state-title">{title}</h2>
      {body && <p class="fk-state-body">{body}</p>}
      {children}
    </section>
  );
}
