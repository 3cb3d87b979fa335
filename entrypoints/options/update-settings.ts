/**
 * Every settings change from this page: read fresh, change, check, write, one at a time, so two
 * quick clicks never overwrite each other and a change over the limits is refused with a reason.
 */

import { i18n } from '#i18n';
import type { LocatedError } from '../../core/located-error';
import { settingsErrors } from '../../core/settings/check';
import { SETTINGS_LIMITS } from '../../core/settings/limits';
import type { Settings } from '../../core/settings/schema';
import { settingsItem } from '../../storage/settings';

/** The reason a change was refused, in the user's language. */
export function describeRefusal(errors: readonly LocatedError[]): string {
  const first = errors[0];
  const path = first?.path ?? '$';
  let reason: string;
  if (path.startsWith('alwaysSites'))
    reason = i18n.t('options.sites.listFull', [String(SETTINGS_LIMITS.alwaysSites)]);
  else if (path.startsWith('quietSites'))
    reason = i18n.t('options.sites.listFull', [String(SETTINGS_LIMITS.quietSites)]);
  else if (path.startsWith('neverSites'))
    reason = i18n.t('options.sites.listFull', [String(SETTINGS_LIMITS.neverSites)]);
  else if (path.startsWith('topics'))
    reason = i18n.t('options.errors.topicsFull', [String(SETTINGS_LIMITS.topics)]);
  else if (path === '$') reason = i18n.t('options.errors.tooLarge');
  else reason = `${path}: ${first?.message ?? ''}`;
  return i18n.t('options.errors.notSaved', [reason]);
}

/** Refusal reason for a change, checked synchronously (before a permission prompt, for instance). */
export function refusalOf(next: Settings): string | undefined {
  const errors = settingsErrors(next);
  return errors.length > 0 ? describeRefusal(errors) : undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/** Resolves to the refusal message, or undefined once the change is stored. */
export function updateSettings(change: (settings: Settings) => Settings): Promise<string | undefined> {
  const run = queue.then(async () => {
    const next = change(await settingsItem.getValue());
    const refusal = refusalOf(next);
    if (refusal === undefined) await settingsItem.setValue(next);
    return refusal;
  });
  queue = run.catch(() => undefined);
  return run;
}
