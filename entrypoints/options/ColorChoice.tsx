/**
 * Colour of one topic: the readable palette as a radio group (one tab stop, arrow keys), the
 * pack's own colour, or any custom colour. No colour that leaves highlighted text unreadable is
 * applied: a custom colour that is too dark becomes its nearest readable shade, and the user is
 * told. A colour that another topic already has (or one too close to it) is not offered, so
 * topics stay told apart (core/settings/color-choice.ts).
 */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type ColorOwner, chooseColor, takenBy } from '../../core/settings/color-choice';
import { PALETTE } from '../../core/settings/palette';

interface Props {
  topicId: string;
  topicName: string;
  packColor: string;
  /** null: the pack colour. */
  color: string | null;
  /** Every topic (this one included) and the colour it is highlighted in now. */
  topics: readonly ColorOwner[];
  /** Stores the colours of one choice at once (two topics when they swap); null: the pack colour. */
  onChange: (changes: { id: string; color: string | null }[]) => void;
}

/** What the last choice did, said under the picker until the next choice. */
type Outcome =
  | { kind: 'shaded'; from: string; to: string }
  | { kind: 'swapped'; other: string }
  | { kind: 'refused'; clash: string }
  | null;

export function ColorChoice({ topicId, topicName, packColor, color, topics, onChange }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const shown = color ?? packColor;
  const name = `color-${topicId}`;
  /** `value` null: the pack colour, stored as null so a pack update can change it. */
  const choose = (value: string | null) => {
    const choice = chooseColor(topicId, value ?? packColor, topics);
    if (choice.kind === 'refused') {
      setOutcome({ kind: 'refused', clash: choice.clash.name });
      return;
    }
    const [own] = choice.changes;
    setOutcome(
      choice.swappedWith
        ? { kind: 'swapped', other: choice.swappedWith.name }
        : choice.shaded && value && own
          ? { kind: 'shaded', from: value, to: own.color }
          : null,
    );
    onChange(choice.changes.map((c) => (c.id === topicId && value === null ? { ...c, color: null } : c)));
  };
  const swatch = (value: string | null, label: string) => {
    const owner = takenBy(value ?? packColor, topicId, topics);
    const tip = owner ? i18n.t('options.topics.takenBy', [label, owner.name]) : label;
    return (
      <label class={`swatch${owner ? ' taken' : ''}`} key={value ?? 'pack'} title={tip}>
        <input type="radio" name={name} checked={color === value} onChange={() => choose(value)} />
        <span class="swatch-color" style={{ background: value ?? packColor }} aria-hidden="true" />
        <span class="swatch-name">{label}</span>
        {owner && (
          <span class="fk-visually-hidden">{i18n.t('options.topics.takenByShort', [owner.name])}</span>
        )}
      </label>
    );
  };
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
          onChange={(e) => choose(e.currentTarget.value)}
        />
        {i18n.t('options.topics.custom')}
      </label>
      {outcome?.kind === 'shaded' && (
        <p class="notice" role="status">
          {i18n.t('options.topics.adjusted', [outcome.from, outcome.to])}
        </p>
      )}
      {outcome?.kind === 'swapped' && (
        <p class="notice" role="status">
          {i18n.t('options.topics.swapped', [outcome.other])}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <p class="warning" role="alert">
          {i18n.t('options.topics.tooClose', [outcome.clash])}
        </p>
      )}
    </fieldset>
  );
}
