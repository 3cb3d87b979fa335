import type { ComponentChildren } from 'preact';

/** A checkbox announced as an on/off switch, with its whole label clickable. */
export function Switch(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: string;
  id?: string;
}) {
  const hintId = props.hint && props.id ? `${props.id}-hint` : undefined;
  return (
    <div class="switch-row">
      <label class="switch">
        <input
          id={props.id}
          type="checkbox"
          role="switch"
          aria-checked={props.checked}
          checked={props.checked}
          aria-describedby={hintId}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span class="switch-track" aria-hidden="true" />
        <span class="switch-label">{props.children}</span>
      </label>
      {hintId && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
