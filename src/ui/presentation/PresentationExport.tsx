import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { asAppError, translator, type AppError, type Locale } from '../../domain';
import { errorText } from '../common/errorText';
import { saveFile } from '../common/saveFile';
import { type PresentationTranslate } from './presentationStrings';
import { type usePresentationStyles } from './usePresentationStyles.styles';

/** The media type of a .pptx presentation. */
export const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly name: string }
  | { readonly kind: 'failed'; readonly error: AppError };

/** Props of `PresentationExport`. */
export interface PresentationExportProps {
  /** Builds the file's bytes. */
  readonly onExport: () => Promise<Uint8Array>;
  readonly fileName: string;
  readonly locale: Locale;
  readonly t: PresentationTranslate;
  readonly styles: ReturnType<typeof usePresentationStyles>;
}

/** The download of the slides as PowerPoint: the button, what it is doing, and why it failed. */
export function PresentationExport(props: PresentationExportProps) {
  const { onExport, fileName, locale, t, styles } = props;
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'busy' });
    try {
      saveFile(await onExport(), fileName, pptxType);
      setState({ kind: 'done', name: fileName });
    } catch (error) {
      setState({ kind: 'failed', error: asAppError(error) });
    }
  };
  return (
    <>
      {/* Focusable while busy, so that the keyboard stays where it was. */}
      <Button
        className={styles.button}
        size="large"
        disabledFocusable={state.kind === 'busy'}
        onClick={() => void download()}
      >
        {t('export')}
      </Button>
      <div role="status" className={styles.status}>
        {state.kind === 'busy' ? (
          <Spinner size="tiny" labelPosition="after" label={t('exporting')} />
        ) : state.kind === 'done' ? (
          t('exported', { name: state.name })
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline" className={styles.message}>
          <MessageBarBody>
            {t('exportFailed')} {errorText(state.error, translator(locale))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
