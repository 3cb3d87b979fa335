/**
 * The rules behind the options page's colour choice. Whatever is chosen, every topic ends up in a
 * colour that keeps the mark text readable and that no other topic has (or has nearly): a colour
 * that is too dark becomes its nearest readable shade, and a colour another topic holds is
 * swapped with it, or refused when a swap would still leave two topics alike. Pure, so every
 * combination is unit-tested.
 */
import { colorDistance, MIN_DISTANCE, readableShade } from './contrast';

/** A topic and the colour it is highlighted in now (already its readable shade). */
export interface ColorOwner {
  id: string;
  name: string;
  color: string;
}

export type ColorChoice =
  /** Store these colours: the chosen topic's, and the other topic's when the two swap. */
  | { kind: 'apply'; changes: { id: string; color: string }[]; swappedWith?: ColorOwner; shaded: boolean }
  /** Store nothing: the colour is too close to `clash`'s, and swapping would not help. */
  | { kind: 'refused'; clash: ColorOwner };

const alike = (a: string, b: string) => colorDistance(a, b) < MIN_DISTANCE;

/** The first topic other than `self` whose colour is too close to `color` to tell apart. */
export function takenBy(color: string, self: string, topics: readonly ColorOwner[]): ColorOwner | undefined {
  const shade = readableShade(color.toLowerCase());
  return topics.find((t) => t.id !== self && alike(t.color, shade));
}

/** What choosing `value` for topic `self` does (`topics`: every topic, `self` included). */
export function chooseColor(self: string, value: string, topics: readonly ColorOwner[]): ColorChoice {
  const color = readableShade(value.toLowerCase());
  const shaded = color !== value.toLowerCase();
  const current = topics.find((t) => t.id === self);
  const clashes = topics.filter((t) => t.id !== self && alike(t.color, color));
  if (clashes.length === 0) return { kind: 'apply', changes: [{ id: self, color }], shaded };
  const [other] = clashes;
  if (!other || clashes.length > 1 || !current) return { kind: 'refused', clash: clashes[0] as ColorOwner };
  // The other topic takes this one's colour, which must itself stand apart from every third topic.
  const rest = topics.filter((t) => t.id !== self && t.id !== other.id);
  const swapOk = !alike(current.color, color) && !rest.some((t) => alike(t.color, current.color));
  if (!swapOk) return { kind: 'refused', clash: other };
  return {
    kind: 'apply',
    changes: [
      { id: self, color },
      { id: other.id, color: current.color },
    ],
    swappedWith: other,
    shaded,
  };
}
