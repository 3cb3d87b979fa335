/**
 * "Not this topic here" and its undo, as the card and the options page do them: the settings
 * change (which every open tab applies at once) and the sentence kept beside it.
 */

import { dismissalTerm } from '../core/settings/dismissal-term';
import { siteOf, withDismissal, withoutDismissal } from '../core/settings/dismissals';
import type { Dismissal } from '../core/settings/schema';
import { keepDismissalContextOf, rememberDismissalContext } from './dismissal-context';
import { settingsItem } from './settings';

export interface DismissRequest {
  topic: string;
  /** The highlighted text as the page has it. */
  text: string;
  /** The page's host; undefined dismisses the term everywhere. */
  host: string | undefined;
  sentence: string;
}

/** Stores the dismissal; throws SettingsRejectedError (nothing stored) when settings are full. */
export async function dismissTerm(request: DismissRequest): Promise<Dismissal> {
  const site = request.host === undefined ? undefined : siteOf(request.host);
  const dismissal: Dismissal = {
    topic: request.topic,
    term: dismissalTerm(request.text),
    ...(site !== undefined && { site }),
  };
  await settingsItem.setValue(withDismissal(await settingsItem.getValue(), dismissal));
  await rememberDismissalContext(dismissal, { sentence: request.sentence, at: Date.now() });
  return dismissal;
}

export async function undoDismissal(dismissal: Dismissal): Promise<void> {
  const settings = withoutDismissal(await settingsItem.getValue(), dismissal);
  await settingsItem.setValue(settings);
  await keepDismissalContextOf(settings.dismissed);
}
