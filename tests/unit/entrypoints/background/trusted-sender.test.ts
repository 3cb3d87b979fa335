import { describe, expect, it } from 'vitest';
import { isExtensionPage, isOwnContentScript } from '../../../../entrypoints/background/trusted-sender';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('trusted senders', () => {
  it('accepts our popup and options pages', () => {
    expect(isExtensionPage({ id: ID, url: `${ORIGIN}/popup.html?tab=3` }, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage({ id: ID, url: `${ORIGIN}/options.html` }, ID, ORIGIN)).toBe(true);
  });

  it('refuses another extension, a web page or a content script posing as an extension page', () => {
    expect(isExtensionPage({ id: 'other', url: 'chrome-extension://other/popup.html' }, ID, ORIGIN)).toBe(
      false,
    );
    expect(isExtensionPage({ id: ID, url: 'https://www.dn.se/', tab: { id: 4 } }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
  });

  it('accepts a content script only with a real tab', () => {
    expect(isOwnContentScript({ id: ID, tab: { id: 7 }, url: 'https://www.svt.se/' }, ID)).toBe(true);
    expect(isOwnContentScript({ id: ID, url: 'https://www.svt.se/' }, ID)).toBe(false);
    expect(isOwnContentScript({ id: ID, tab: { id: -1 } }, ID)).toBe(false);
    expect(isOwnContentScript({ id: 'evil', tab: { id: 7 } }, ID)).toBe(false);
  });
});
