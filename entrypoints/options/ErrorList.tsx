import { i18n } from '#i18n';
import type { LocatedError } from '../../core/located-error';
import { MAX_REPORTED_ERRORS } from '../../storage/transfer/format';

/** Why a file was refused: each problem with the JSON path where it is. Text only. */
export function ErrorList({ title, errors }: { title: string; errors: readonly LocatedError[] }) {
  return (
    <div class="error-box" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{i18n.t('options.transfer.errorAt', [e.path, e.message])}</li>
        ))}
      </ul>
      {errors.length >= MAX_REPORTED_ERRORS && <p>{i18n.t('options.transfer.moreErrors')}</p>}
    </div>
  );
}
