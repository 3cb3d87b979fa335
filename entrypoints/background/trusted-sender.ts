/**
 * Which senders the background listens to. Only our own contexts may talk to it; a message
 * claiming to be from a content script must come from a real tab of ours.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Our own extension pages (popup, options) have a URL under the extension origin and no tab-less spoof. */
export function isExtensionPage(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** A content script of ours runs in a tab; the page itself cannot send runtime messages. */
export function isOwnContentScript(
  sender: SenderLike,
  runtimeId: string,
): sender is SenderLike & {
  tab: { id: number };
} {
  return sender.id === runtimeId && typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
}
