import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ExternalLink } from '../../components/ExternalLink';
import type { PackLanguage } from '../../components/ui-language';
import type { PositionPack } from '../../core/pack/schema';
import { keyFingerprint } from '../../core/pack/signature';
import { formatDate } from '../../core/view/citation';
import { positionsDueForReview } from '../../core/view/review';

interface Props {
  pack: PositionPack;
  lang: PackLanguage;
  /** The pinned key, for an imported pack installed signed. */
  publicKey?: string;
  builtIn?: boolean;
}

/**
 * Who stands behind a pack, which version it is, whether its signature ties it to a key pinned
 * at install, and whether its positions are due for review. Facts the pack does not give are
 * left out.
 */
export function PublisherCard({ pack, lang, publicKey, builtIn = false }: Props) {
  const [fingerprint, setFingerprint] = useState<string>();
  useEffect(() => {
    if (publicKey) void keyFingerprint(publicKey).then(setFingerprint);
  }, [publicKey]);
  const date = formatDate(pack.date, lang);
  const due = positionsDueForReview(pack, new Date());
  return (
    <div class="publisher-card">
      {pack.publisher && (
        <p>
          {i18n.t('options.provenance.publisher', { name: pack.publisher.name })}
          {pack.publisher.url && (
            <>
              {' '}
              <ExternalLink url={pack.publisher.url} />
            </>
          )}
        </p>
      )}
      {pack.version && (
        <p>
          {date
            ? i18n.t('options.provenance.versionDate', { version: pack.version, date })
            : i18n.t('options.provenance.version', { version: pack.version })}
        </p>
      )}
      <p class="trust">
        {builtIn
          ? i18n.t('options.provenance.builtIn')
          : publicKey
            ? i18n.t('options.provenance.signed', { fingerprint: fingerprint ?? '…' })
            : i18n.t('options.provenance.unsigned')}
      </p>
      {due.count > 0 && (
        <p class="warning">
          {i18n.t('options.provenance.outdated', due.count, [
            String(due.count),
            formatDate(due.earliest, lang) ?? due.earliest,
          ])}
        </p>
      )}
      {pack.changelog && pack.changelog.length > 0 && (
        <details>
          <summary>{i18n.t('options.provenance.changelog')}</summary>
          <dl class="changelog">
            {pack.changelog.map((entry) => (
              <div key={entry.version}>
                <dt>
                  {entry.version} ({formatDate(entry.date, lang) ?? entry.date})
                </dt>
                <dd>{entry.changes[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
