import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { HostForm } from './HostForm';
import { Status } from './Status';

export interface HostListProps {
  /** Prefix of the heading's and the form's ids. */
  id: string;
  title: string;
  intro: string;
  hosts: readonly string[];
  status: { message?: string; kind?: 'info' | 'error' };
  onAdd(text: string, clear: () => void): void;
  onRemove(host: string): void;
  /** Controls shown before a host's remove button (a missing permission, say). */
  extra?(host: string): ComponentChildren;
}

/** Sites the user listed ("always" or "never"): a form to add one, and each with its remove button. */
export function HostList({ id, title, intro, hosts, status, onAdd, onRemove, extra }: HostListProps) {
  return (
    <div class="site-block">
      <h3 id={`${id}-heading`}>{title}</h3>
      <p class="hint">{intro}</p>
      <HostForm id={`${id}-host`} onAdd={onAdd} />
      <Status {...status} />
      {hosts.length === 0 ? (
        <p class="empty">{i18n.t('options.sites.empty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby={`${id}-heading`}>
          {hosts.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              {extra?.(host)}
              <button type="button" class="link-button" onClick={() => onRemove(host)}>
                {i18n.t('options.sites.remove', [host])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
