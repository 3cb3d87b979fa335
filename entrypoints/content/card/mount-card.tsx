/**
 * The in-page card: one at a time, in a shadow root so the page's CSS cannot reach it and its
 * CSS cannot leak, appended to <body> rather than next to the mark so a mark inside a link or
 * a heading does not make the card part of that link or heading.
 */

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { uiLanguage } from '../../../components/ui-language';
import { MARK_CLASS, UI_ATTR } from '../../../core/highlight/constants';
import type { PositionPack } from '../../../core/pack/schema';
import { cueIndexFor, rankPositions } from '../../../core/relevance/rank';
import { sentenceAt } from '../../../core/relevance/sentence';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults';
import { siteOf } from '../../../core/settings/dismissals';
import { topicView } from '../../../core/view/topic-view';
import { sendMessage } from '../../../messaging/messenger';
import { dismissTerm, undoDismissal } from '../../../storage/dismissal-actions';
import { settingsReader } from '../../../storage/settings-reader';
import { CARD_CSS } from './card-css';
import { CARD_TAG } from './card-tag';
import { watchDismiss } from './dismiss';
import { passageWithMark } from './passage';
import { positionNextTo } from './position';
import { TopicCard } from './TopicCard';

export interface TopicCardRequest {
  /** The activated <mark>; focus returns here when the card closes. */
  anchor: HTMLElement;
  topic: string;
  packs: readonly PositionPack[];
}

interface OpenCard {
  anchor: HTMLElement;
  ui: ShadowRootContentScriptUi<void>;
}

let open: OpenCard | undefined;
// Clicks can arrive faster than a card mounts; only the latest request may show its card.
let latest = 0;

export async function mountTopicCard(ctx: ContentScriptContext, { anchor, topic, packs }: TopicCardRequest) {
  if (open?.anchor === anchor) {
    focusCard(open.ui);
    return;
  }
  closeCard();
  const ticket = ++latest;
  const settings = await settingsReader.getValue().catch(() => DEFAULT_SETTINGS);
  // Only the highlight's own topic: the card is about the word the reader clicked.
  const index = cueIndexFor(packs, { english: settings.english });
  const passage = passageWithMark(anchor);
  const fits = rankPositions(index, passage.text, [topic]);
  const view = topicView(packs, topic, settings, uiLanguage(), null, { fits, passage: true });
  if (!view || ticket !== latest) return;

  const doc = anchor.ownerDocument;
  // Read now: "not this topic here" takes the mark out of the page while the card stays open.
  const term = anchor.textContent ?? '';
  const site = siteOf(doc.location.hostname);
  // A highlight inside a link opens the card, not the link: the card offers the link instead.
  const link = linkOf(anchor);
  let dismissedHere = false;
  let stopDismiss = () => {};
  let stopResize = () => {};
  // "Not this topic here" and its undo mark the page again, so the clicked mark may be a new
  // element by now: the same word's mark in the same block stands in for it.
  const block = anchor.parentElement;
  const currentAnchor = (): HTMLElement | undefined =>
    anchor.isConnected
      ? anchor
      : ([...(block?.isConnected ? block.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`) : [])].find(
          (mark) => mark.textContent === term,
        ) ?? undefined);
  const dismiss = () => {
    closeCard();
    currentAnchor()?.focus({ preventScroll: true });
  };
  const ui = await createShadowRootUi<void>(ctx, {
    name: CARD_TAG,
    position: 'inline',
    anchor: doc.body,
    append: 'last',
    css: CARD_CSS,
    onMount(container, _shadow, host) {
      render(
        <TopicCard
          view={view}
          link={link}
          mark={{
            term,
            site,
            onDismiss: (everywhere) => {
              dismissedHere = true;
              return dismissTerm({
                topic,
                text: term,
                host: everywhere ? undefined : doc.location.hostname,
                sentence: sentenceAt(passage.text, passage.at),
              });
            },
            onUndo: undoDismissal,
          }}
          onClose={dismiss}
          onOpenDetail={() => {
            void sendMessage('openTopicDetail', topic).catch(() => {});
            dismiss();
          }}
        />,
        container,
      );
      positionNextTo(container, anchor);
      stopDismiss = watchDismiss(doc, {
        host,
        anchor,
        onDismiss: dismiss,
        keepWithoutWord: () => dismissedHere,
      });
      const onResize = () => {
        const mark = currentAnchor();
        if (mark) positionNextTo(container, mark);
      };
      doc.defaultView?.addEventListener('resize', onResize);
      stopResize = () => doc.defaultView?.removeEventListener('resize', onResize);
    },
    onRemove() {
      stopDismiss();
      stopResize();
      render(null, ui.uiContainer);
      if (open?.ui === ui) open = undefined;
    },
  });
  if (ticket !== latest || !anchor.isConnected) return;
  // Set before mounting so the highlighter's observer never scans our own text.
  ui.shadowHost.setAttribute(UI_ATTR, '');
  ui.mount();
  open = { anchor, ui };
  focusCard(ui);
}

/** Removes the open card, if any, without moving focus (the caller decides where focus goes). */
export function closeCard(): void {
  open?.ui.remove();
  open = undefined;
}

export function isCardOpen(): boolean {
  return open !== undefined;
}

function focusCard(ui: ShadowRootContentScriptUi<void>): void {
  ui.uiContainer.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
}

/** The http(s) address of the link a mark sits in; other schemes (javascript:) are not offered. */
function linkOf(mark: HTMLElement): string | undefined {
  const href = mark.closest('a[href]')?.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href, mark.ownerDocument.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
