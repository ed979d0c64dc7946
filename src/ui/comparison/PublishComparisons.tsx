import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useContext, useMemo, useState } from 'react';
import {
  minComparisonUnits,
  translator,
  type AppError,
  type ComparisonEntry,
  type Locale,
  asAppError,
} from '../../domain';
import { errorText } from '../common/errorText';
import { ServicesContext } from '../services';
import { comparisonTranslator } from './comparisonStrings';
import { useComparisonStyles } from './useComparisonStyles.styles';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly written: number; readonly unchanged: number }
  | { readonly kind: 'failed'; readonly error: AppError };

/**
 * The project team's "Publicera jämförelser": writes what changed of every area's comparison, as the dashboard
 * counted it from the figures it read. SharePoint refuses anyone else (Jämförelser is read-only to managers), so
 * showing the button only to the project team is a courtesy, not the rule.
 */
export function PublishComparisons(props: {
  periodId: string;
  /** Every area's comparison (`publishedComparisons`), as the dashboard counted it. */
  entries: readonly ComparisonEntry[];
  locale: Locale;
}) {
  const { periodId, entries, locale } = props;
  const services = useContext(ServicesContext);
  const t = useMemo(() => comparisonTranslator(locale), [locale]);
  const styles = useComparisonStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (services === null) return null;

  const onPublish = () => {
    setState({ kind: 'busy' });
    const at = services.now().toISOString();
    services.comparisons.publish({ periodId, entries, at }).then(
      ({ written, unchanged }) => setState({ kind: 'done', written, unchanged }),
      (error: unknown) => setState({ kind: 'failed', error: asAppError(error) }),
    );
  };

  return (
    <section className={styles.publish} aria-label={t('publish.button')}>
      <p className={styles.note}>{t('publish.hint', { min: minComparisonUnits })}</p>
      <Button appearance="primary" disabled={state.kind === 'busy'} onClick={onPublish}>
        {state.kind === 'busy' ? t('publish.busy') : t('publish.button')}
      </Button>
      <div role="status">
        {state.kind === 'done' ? (
          <p className={styles.note}>
            {t('publish.done', { written: state.written, unchanged: state.unchanged })}
          </p>
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('publish.failed')} {errorText(state.error, translator(locale))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
