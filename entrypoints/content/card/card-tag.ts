/** The card's host element: its own file so build checks can name it without loading the card. */
export const CARD_TAG = 'fackkoll-card';
