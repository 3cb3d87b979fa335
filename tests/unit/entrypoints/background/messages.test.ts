/**
 * The background's message handling with WXT's in-memory browser: messages in the protocol's
 * own shape (webext-core: id, type, data, timestamp) from forged senders or with forged payloads
 * are refused and change nothing, while the genuine ones (the controls) do act.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}`;
const POPUP = { id: ID, url: `${ORIGIN}/popup.html?tab=0` };
const CONTENT = { id: ID, url: 'https://www.dn.se/a', tab: { id: 5 }, frameId: 0 };
const REPORT = { url: 'https://www.dn.se/a', topics: [{ topic: 'welfare', count: 3 }], total: 3 };

type Reply = { res?: unknown; err?: { message?: string } } | undefined;

let seq = 1;
/** Delivers one message as the browser would, and waits for the background's reply (if any). */
async function deliver(type: string, data: unknown, sender: object): Promise<Reply> {
  const message = { id: seq++, type, data, timestamp: Date.now() };
  let reply: (r: Reply) => void = () => {};
  const replied = new Promise<Reply>((resolve) => {
    reply = resolve;
  });
  const handled = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, reply as never);
  return (handled as unknown[]).some((r) => r === true) ? replied : undefined;
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('background messages from forged senders or with forged payloads', () => {
  let createTab: ReturnType<typeof vi.fn>;
  let inject: ReturnType<typeof vi.fn>;
  let sendToTab: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    // Not in the fake browser; stubbed so nothing the handlers could reach goes unnoticed.
    fakeBrowser.commands.onCommand.addListener = vi.fn();
    createTab = vi.fn(async () => ({ id: 99 }));
    inject = vi.fn(async () => []);
    sendToTab = vi.fn((_tab: number, _m: unknown, _o: unknown, callback: (r: unknown) => void) =>
      callback({ res: undefined }),
    );
    fakeBrowser.tabs.create = createTab as never;
    fakeBrowser.scripting.executeScript = inject as never;
    fakeBrowser.tabs.sendMessage = sendToTab as never;
    // A fresh messenger each time: webext-core allows one listener per type and context.
    vi.resetModules();
    const { registerBackgroundListeners } = await import('../../../../entrypoints/background/listeners');
    registerBackgroundListeners();
  });

  it('controls: the genuine messages act', async () => {
    await deliver('reportPage', REPORT, CONTENT);
    expect(await badge(5)).toBe('1');
    expect((await deliver('openTopicDetail', 'welfare', CONTENT))?.err).toBeUndefined();
    expect(createTab).toHaveBeenCalledWith(
      expect.objectContaining({ url: `${ORIGIN}/popup.html?tab=5&topic=welfare` }),
    );
  });

  it('registers user sites only for our own extension pages', async () => {
    const registered = vi.fn(async () => []);
    fakeBrowser.scripting.getRegisteredContentScripts = registered as never;
    for (const sender of [
      CONTENT,
      { id: 'other-extension', url: 'chrome-extension://other-extension/options.html' },
    ])
      expect((await deliver('syncUserSites', undefined, sender))?.err?.message).toMatch(/not allowed/);
    expect(registered).not.toHaveBeenCalled();
    const reply = await deliver('syncUserSites', undefined, { id: ID, url: `${ORIGIN}/options.html` });
    expect(reply).toBeDefined();
    expect(reply?.err).toBeUndefined();
    expect(registered).toHaveBeenCalled();
  });

  it('refuses scanTab from anything but our own extension pages', async () => {
    for (const sender of [
      CONTENT,
      { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
      { id: ID, url: `https://evil.example/${ORIGIN}/popup.html` },
      { url: `${ORIGIN}/popup.html` },
      {},
    ]) {
      expect((await deliver('scanTab', 1, sender))?.err?.message).toMatch(/not allowed/);
    }
    expect(inject).not.toHaveBeenCalled();
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('refuses scanTab payloads that are not a tab id', async () => {
    for (const data of [-1, 1.5, '1', null, { tabId: 1 }, [1], Number.NaN])
      expect((await deliver('scanTab', data, POPUP))?.err).toBeDefined();
    expect(inject).not.toHaveBeenCalled();
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('refuses openTopicDetail from extension pages, other extensions and tab-less senders', async () => {
    for (const sender of [
      POPUP,
      { ...CONTENT, id: 'other-extension' },
      { id: ID },
      { ...CONTENT, tab: { id: -1 } },
    ])
      expect((await deliver('openTopicDetail', 'welfare', sender))?.err?.message).toMatch(/not allowed/);
    expect(createTab).not.toHaveBeenCalled();
  });

  it('refuses topic ids that would steer the opened URL', async () => {
    for (const data of [
      '../options.html',
      'welfare&tab=1',
      'javascript:alert(1)',
      'Welfare',
      '',
      'a'.repeat(65),
      7,
    ])
      expect((await deliver('openTopicDetail', data, CONTENT))?.err).toBeDefined();
    expect(createTab).not.toHaveBeenCalled();
  });

  it('ignores reports from frames, other extensions and forged tabs, and malformed reports', async () => {
    await deliver('reportPage', REPORT, { ...CONTENT, frameId: 2 });
    await deliver('reportPage', REPORT, { ...CONTENT, id: 'other-extension' });
    await deliver('reportPage', REPORT, POPUP);
    for (const data of [
      { ...REPORT, total: -1 },
      { ...REPORT, extra: true },
      { ...REPORT, topics: [{ topic: '<img src=x onerror=alert(1)>', count: 1 }] },
      { ...REPORT, topics: [{ topic: 'welfare', count: 0 }] },
      { ...REPORT, url: 'x'.repeat(5000) },
      'welfare',
    ])
      await deliver('reportPage', data, CONTENT);
    expect(await badge(5)).toBe('');
  });

  it('ignores messages without the protocol shape and types it does not know', async () => {
    const loose = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'scanTab', data: 1 } as never,
      POPUP as never,
      (() => {}) as never,
    );
    expect((loose as unknown[]).some((r) => r === true)).toBe(false);
    expect(await deliver('startScan', undefined, CONTENT)).toBeUndefined();
    expect(await deliver('getPageState', undefined, CONTENT)).toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
    expect(sendToTab).not.toHaveBeenCalled();
  });
});
