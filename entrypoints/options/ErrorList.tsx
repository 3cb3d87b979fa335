import { i18n } from '#i18n';
import { explainImportErrors, type ImportKind } from '../../core/import-errors/explain';
import type { LocatedError } from '../../core/located-error';
import { say } from './say';

/**
 * Why a file was refused, in the UI language: the alert says what is most basically wrong in one
 * sentence; below it, at most five places in words, and every error as the checks wrote it (JSON
 * path and English message) folded away for whoever needs it. Text only.
 */
export function ErrorList({
  title,
  errors,
  kind,
}: {
  title: string;
  errors: readonly LocatedError[];
  kind: ImportKind;
}) {
  const text = explainImportErrors(errors, kind, say);
  return (
    <div class="error-box">
      <p role="alert">
        <strong>{title}</strong> {text.headline}
      </p>
      {text.details.length > 0 && (
        <ul class="error-details">
          {text.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {text.more > 0 && <p>{i18n.t('importErrors.more', text.more)}</p>}
      <details class="error-technical">
        <summary>{i18n.t('importErrors.technical')}</summary>
        <ul>
          {text.technical.map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
