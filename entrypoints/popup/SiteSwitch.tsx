import { i18n } from '#i18n';

interface Props {
  on: boolean;
  onChange(on: boolean): void;
  /** Default: "highlight on this site". */
  label?: string;
}

/** A site choice ("highlight on this site", "show highlights"): a real switch, so screen readers announce on/off. */
export function SiteSwitch({ on, onChange, label = i18n.t('popup.siteSwitch') }: Props) {
  return (
    <button type="button" role="switch" aria-checked={on} class="fk-switch" onClick={() => onChange(!on)}>
      <span class="fk-switch-label">{label}</span>
      <span class="fk-switch-track" aria-hidden="true">
        <span class="fk-switch-thumb" />
      </span>
    </button>
  );
}
