/**
 * The card's styles as text for its shadow root. Imported `?inline` on purpose: a plain CSS
 * import in content-script code would be injected into the page itself.
 */

import sharedCss from '../../../components/shared.css?inline';
import themeCss from '../../../components/theme.css?inline';
import cardCss from './card.css?inline';

export const CARD_CSS = [themeCss, sharedCss, cardCss].join('\n');
