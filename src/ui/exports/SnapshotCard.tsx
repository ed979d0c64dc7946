import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDateTime } from '../../domain';
import { errorText } from '../common/errorText';
import { type ExportPartProps } from './exportPart';
import { type SnapshotListing, type SnapshotVerification } from './exportServices';

type Check =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'checked'; readonly result: SnapshotVerification | null }
  | { readonly kind: 'failed'; readonly message: string };

/** What a verification says, in words. */
function checkText(check: Check, name: string, props: ExportPartProps): string {
  const { t } = props;
  switch (check.kind) {
    case 'idle':
      return '';
    case 'checking':
      return t('snapshot.verifying', { name });
    case 'failed':
      return `${t('snapshot.verifyFailed', { name })} ${check.message}`;
    case 'checked': {
      const { result } = check;
      if (result === null) return t('snapshot.gone', { name });
      if (result.ok) return t('snapshot.verified', { name });
      const wrong = [...result.files.filter((f) => !f.ok).map((f) => f.name), ...result.missing];
      return t('snapshot.mismatch', { name, files: wrong.join(', ') });
    }
  }
}

/** One stored snapshot: when, by whom, its files with their checksums, and Verifiera. */
export function SnapshotCard(props: ExportPartProps & { readonly snapshot: SnapshotListing }) {
  const { snapshot, locale, t, common, styles, exports } = props;
  const [check, setCheck] = useState<Check>({ kind: 'idle' });

  const verify = async () => {
    setCheck({ kind: 'checking' });
    try {
      const result = await (await exports()).verifySnapshot(snapshot.name);
      setCheck({ kind: 'checked', result });
    } catch (error) {
      setCheck({ kind: 'failed', message: errorText(error, common) });
    }
  };

  return (
    <li className={styles.card}>
      <h4 className={styles.cardTitle}>{snapshot.name}</h4>
      <dl className={styles.facts}>
        <dt>{t('snapshot.made')}</dt>
        <dd>
          {snapshot.createdAt === null ? t('snapshot.unknown') : formatDateTime(snapshot.createdAt, locale)}
        </dd>
        <dt>{t('snapshot.by')}</dt>
        <dd>{snapshot.createdBy ?? t('snapshot.unknown')}</dd>
        <dt>{t('snapshot.period')}</dt>
        <dd>{snapshot.periodId ?? t('snapshot.unknown')}</dd>
      </dl>
      <p className={styles.note}>{t('snapshot.files')}</p>
      <ul className={styles.files}>
        {snapshot.files.map((file) => (
          <li key={file.name}>
            {file.name}
            <code className={styles.checksum}>{file.checksum ?? t('snapshot.noChecksum')}</code>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button
          aria-label={t('snapshot.verifyLabel', { name: snapshot.name })}
          disabledFocusable={check.kind === 'checking'}
          onClick={() => void verify()}
        >
          {t('snapshot.verify')}
        </Button>
      </div>
      <p role="status" className={styles.status}>
        {checkText(check, snapshot.name, props)}
      </p>
    </li>
  );
}
