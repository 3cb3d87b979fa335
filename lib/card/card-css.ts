/**
 * The card's styles as text for its shadow root. Imported `?inline` on purpose: a plain CSS
 * import in content-script code would be injected into the page itself.
 */
import cardCss from '../../components/card/card.css?inline';
import sharedCss from '../../components/shared/shared.css?inline';
import themeCss from '../../components/shared/theme.css?inline';

export const CARD_CSS = [themeCss, sharedCss, cardCss].join('\n');
