/**
 * Colour of one topic: the readable palette as a radio group (one tab stop, arrow keys), the
 * pack's own colour, or any custom colour, with a warning when the mark text would be hard to read.
 */
import { i18n } from '#i18n';
import { contrastRatio, isReadableBehindMarkText, MARK_TEXT_COLOR } from '../../core/settings/contrast';
import { PALETTE } from '../../core/settings/palette';

interface Props {
  topicId: string;
  topicName: string;
  packColor: string;
  /** null: the pack colour. */
  color: string | null;
  onChange: (color: string | null) => void;
}

export function ColorChoice({ topicId, topicName, packColor, color, onChange }: Props) {
  const shown = color ?? packColor;
  const name = `color-${topicId}`;
  const swatch = (value: string | null, label: string) => (
    <label class="swatch" key={value ?? 'pack'}>
      <input type="radio" name={name} checked={color === value} onChange={() => onChange(value)} />
      <span class="swatch-color" style={{ background: value ?? packColor }} aria-hidden="true" />
      <span class="fk-visually-hidden">{label}</span>
    </label>
  );
  return (
    <fieldset class="color-choice">
      <legend>{i18n.t('options.topics.colorOf', [topicName])}</legend>
      <div class="swatches">
        {swatch(null, i18n.t('options.topics.packDefault'))}
        {PALETTE.filter((p) => p.color !== packColor).map((p) =>
          swatch(p.color, i18n.t(`options.topics.colors.${p.id}`)),
        )}
      </div>
      <label class="custom-color">
        <input
          type="color"
          value={shown}
          // `change`, not `input`: one synced write when the picker closes, not one per drag step.
          onChange={(e) => onChange(e.currentTarget.value.toLowerCase())}
        />
        {i18n.t('options.topics.custom')}
      </label>
      {!isReadableBehindMarkText(shown) && (
        <p class="warning">
          {i18n.t('options.topics.lowContrast', [contrastRatio(shown, MARK_TEXT_COLOR).toFixed(1)])}
        </p>
      )}
    </fieldset>
  );
}
