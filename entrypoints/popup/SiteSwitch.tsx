import { i18n } from '#i18n';

interface Props {
  on: boolean;
  onChange(on: boolean): void;
}

/** "Highlight on this site": a real switch, so screen readers announce on/off. */
export function SiteSwitch({ on, onChange }: Props) {
  return (
    <button type="button" role="switch" aria-checked={on} class="fk-switch" onClick={() => onChange(!on)}>
      <span class="fk-switch-label">{i18n.t('popup.siteSwitch')}</span>
      <span class="fk-switch-track" aria-hidden="true">
        <span class="fk-switch-thumb" />
      </span>
    </button>
  );
}
