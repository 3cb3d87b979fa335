/** Brings one mark into view and flashes it (a steady ring when the user prefers less motion). */
import { FLASH_CLASS } from './constants';

const FLASH_MS = 1800;

export function flashMark(mark: HTMLElement, setTimer: (fn: () => void, ms: number) => unknown): void {
  const view = mark.ownerDocument.defaultView;
  const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
  mark.classList.remove(FLASH_CLASS);
  mark.classList.add(FLASH_CLASS);
  setTimer(() => mark.classList.remove(FLASH_CLASS), FLASH_MS);
}
