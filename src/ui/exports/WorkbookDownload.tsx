import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { asAppError, type AppError } from '../../domain';
import { errorText } from '../common/errorText';
import { type ExportPartProps } from './exportPart';
import { type ExportStep } from './exportServices';
import { saveFile, xlsxType } from '../common/saveFile';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly step: ExportStep }
  | { readonly kind: 'done'; readonly name: string }
  | { readonly kind: 'failed'; readonly error: AppError };

/** "Ladda ned Excel": the period's workbook, built in the browser and saved as a file. */
export function WorkbookDownload(props: ExportPartProps) {
  const { period, t, common, styles, exports } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const headingId = useId();

  const download = async () => {
    setState({ kind: 'busy', step: 'reading' });
    try {
      const file = await (await exports()).workbook(period, (step) => setState({ kind: 'busy', step }));
      saveFile(file.bytes, file.name, xlsxType);
      setState({ kind: 'done', name: file.name });
    } catch (error) {
      setState({ kind: 'failed', error: asAppError(error) });
    }
  };

  return (
    <section className={styles.part} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t('workbook.heading')}
      </h3>
      <p className={styles.note}>{t('workbook.intro')}</p>
      <div className={styles.actions}>
        {/* Focusable while busy, so that the keyboard stays where it was. */}
        <Button
          appearance="primary"
          disabledFocusable={state.kind === 'busy'}
          onClick={() => void download()}
        >
          {t('workbook.download')}
        </Button>
      </div>
      <div role="status" className={styles.status}>
        {state.kind === 'busy' ? (
          <Spinner size="tiny" labelPosition="after" label={t(`step.${state.step}`)} />
        ) : state.kind === 'done' ? (
          t('workbook.done', { name: state.name })
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('workbook.failed')} {errorText(state.error, common)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
