import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  asAppError,
  boardScopeFromKey,
  formatDateTime,
  summaryText,
  type AppError,
  type CardJson,
  type Locale,
  type PublicationRecord,
} from '../../domain';
import { errorText } from '../common/errorText';
import { translator } from '../../domain';
import { boardTranslator } from './boardStrings';
import { CardPreview } from './CardPreview';
import { useBoardStyles } from './useBoardStyles.styles';

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly record: PublicationRecord | null }
  | { readonly kind: 'failed'; readonly error: AppError };

/**
 * The board's channel tab: the newest summary of its area that the project team published, drawn as the card in
 * the channel, with where the figures come from. The board reads only Sammanställningar; nothing here reads an
 * inventory.
 */
export function BoardPage(props: {
  /** `kommun` or `sektor:<id>`. */
  readonly scopeKey: string;
  /** The area's name as the tab's settings saved it, until a summary names it. @default the key */
  readonly areaName?: string;
  readonly load: () => Promise<PublicationRecord | null>;
  /** The card of a summary, as it was posted. */
  readonly card: (record: PublicationRecord) => CardJson;
  readonly locale: Locale;
}) {
  const { locale, load, scopeKey } = props;
  const t = useMemo(() => boardTranslator(locale), [locale]);
  const styles = useBoardStyles();
  // A tab set to a key that names no area (its address changed by hand) reads nothing and says so.
  const known = boardScopeFromKey(scopeKey) !== undefined;
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    if (!known) return;
    let live = true;
    load().then(
      (record) => live && setState({ kind: 'loaded', record }),
      (error: unknown) => live && setState({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      live = false;
    };
  }, [load, known]);

  const record = state.kind === 'loaded' ? state.record : null;
  const area =
    record?.summary.area.name ?? (scopeKey === 'kommun' ? t('publish.kommun') : (props.areaName ?? scopeKey));
  return (
    <div className={styles.root}>
      <Text as="h1" className={styles.title}>
        {t('board.title', { area })}
      </Text>
      {!known ? <p className={styles.note}>{t('board.unknownScope', { scope: scopeKey })}</p> : null}
      {known && state.kind === 'loading' ? <Spinner size="small" label={t('board.loading')} /> : null}
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('board.failed')} {errorText(state.error, translator(locale))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind === 'loaded' && record === null ? (
        <p className={styles.note}>{t('board.none', { area })}</p>
      ) : null}
      {record !== null ? (
        <>
          <p className={styles.note}>
            {t('board.source', { when: formatDateTime(record.postedAt ?? record.summary.countedAt, locale) })}
          </p>
          <CardPreview card={props.card(record)} headingLevel={2} label={t('board.title', { area })} />
          <details>
            <summary>{t('publish.alternative')}</summary>
            <p className={styles.alternative}>{summaryText(record.summary)}</p>
          </details>
        </>
      ) : null}
    </div>
  );
}
