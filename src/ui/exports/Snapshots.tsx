import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { asAppError, type AppError } from '../../domain';
import { errorText } from '../common/errorText';
import { type ExportPartProps } from './exportPart';
import { type ExportStep, type SnapshotListing } from './exportServices';
import { type ExportTranslate } from './exportStrings';
import { SnapshotCard } from './SnapshotCard';

type List =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly snapshots: readonly SnapshotListing[] };

type Create =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly step: ExportStep }
  | { readonly kind: 'done'; readonly name: string }
  | { readonly kind: 'failed'; readonly error: AppError };

/** SharePoint hides the library from those who may not read it (404), and refuses (403) who may not add. */
const refused = (error: AppError) => error.code === 'forbidden' || error.code === 'notFound';

/** What to say when a snapshot could not be stored. */
function createFailure(error: AppError, t: ExportTranslate, common: ExportPartProps['common']): string {
  if (refused(error)) return `${t('snapshots.createFailed')} ${t('snapshots.noAccess')}`;
  if (error.code === 'conflict') return `${t('snapshots.createFailed')} ${t('snapshots.sameMinute')}`;
  return `${t('snapshots.createFailed')} ${errorText(error, common)}`;
}

/** The snapshots for the diarium in the library Exporter: the list, "Skapa ögonblicksbild" and Verifiera. */
export function Snapshots(props: ExportPartProps) {
  const { period, t, common, styles, exports } = props;
  const [list, setList] = useState<List>({ kind: 'loading' });
  const [create, setCreate] = useState<Create>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const headingId = useId();

  useEffect(() => {
    let current = true;
    setList({ kind: 'loading' });
    exports()
      .then((services) => services.snapshots())
      .then(
        (snapshots) => current && setList({ kind: 'loaded', snapshots }),
        (error: unknown) => current && setList({ kind: 'failed', error: asAppError(error) }),
      );
    return () => {
      current = false;
    };
  }, [exports, attempt]);

  const store = async () => {
    setCreate({ kind: 'busy', step: 'reading' });
    try {
      const services = await exports();
      const stored = await services.createSnapshot(period, (step) => setCreate({ kind: 'busy', step }));
      // As SharePoint recorded it (read back after storing): no need to read the list again.
      setList((before) =>
        before.kind === 'loaded' ? { kind: 'loaded', snapshots: [...before.snapshots, stored] } : before,
      );
      setCreate({ kind: 'done', name: stored.name });
    } catch (error) {
      setCreate({ kind: 'failed', error: asAppError(error) });
    }
  };

  return (
    <section className={styles.part} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t('snapshots.heading')}
      </h3>
      <p className={styles.note}>{t('snapshots.intro')}</p>
      <div className={styles.actions}>
        <Button disabledFocusable={create.kind === 'busy'} onClick={() => void store()}>
          {t('snapshots.create')}
        </Button>
      </div>
      <div role="status" className={styles.status}>
        {create.kind === 'busy' ? (
          <Spinner size="tiny" labelPosition="after" label={t(`step.${create.step}`)} />
        ) : create.kind === 'done' ? (
          t('snapshots.created', { name: create.name })
        ) : null}
      </div>
      {create.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{createFailure(create.error, t, common)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {list.kind === 'loading' ? <Spinner size="tiny" label={t('snapshots.loading')} /> : null}
      {list.kind === 'failed' && refused(list.error) ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('snapshots.noAccess')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {list.kind === 'failed' && !refused(list.error) ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('snapshots.loadFailed')} {errorText(list.error, common)}{' '}
            <Button onClick={() => setAttempt((n) => n + 1)}>{t('snapshots.reload')}</Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {list.kind === 'loaded' && list.snapshots.length === 0 ? (
        <p className={styles.note}>{t('snapshots.none')}</p>
      ) : null}
      {list.kind === 'loaded' && list.snapshots.length > 0 ? (
        <ul className={styles.list} aria-labelledby={headingId}>
          {/* Newest first: the one just made, or the one to enter in the diarium. */}
          {[...list.snapshots].reverse().map((snapshot) => (
            <SnapshotCard key={snapshot.name} snapshot={snapshot} {...props} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
