import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { formatTime, type Locale, type Translate } from '../../domain';
import { type SaveStatus } from '../autosave/saveScheduler';
import { errorText } from '../common/errorText';
import { useStickyStatusBarClearance } from './useInventoryFormStyles.styles';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: tokens.lineHeightBase400,
  },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  offline: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * What the autosave is doing, in words (a live region, so a screen reader hears "Sparat kl. 10.32" without
 * losing its place): saving, saved at, retrying, offline with the backup kept, or failed with the reason.
 */
export function SaveStatusText(props: {
  status: SaveStatus;
  savedAt: string | null;
  t: Translate;
  locale: Locale;
  onRetry: () => void;
}) {
  const { status, savedAt, t, locale, onRetry } = props;
  const styles = useStyles();
  useStickyStatusBarClearance();
  const saved = savedAt === null ? null : t('save.savedAt', { time: formatTime(savedAt, locale) });
  let content: React.ReactNode;
  switch (status.kind) {
    case 'idle':
      content = <Text>{saved ?? t('save.idle')}</Text>;
      break;
    case 'pending':
      content = <Text>{t('save.pending')}</Text>;
      break;
    case 'saving':
      content = (
        <>
          <Spinner size="extra-tiny" />
          <Text>{status.slow ? t('save.slow') : t('save.saving')}</Text>
        </>
      );
      break;
    case 'saved':
      content = <Text>{saved ?? t('save.idle')}</Text>;
      break;
    case 'offline':
      content = <Text className={styles.offline}>{t('save.offline')}</Text>;
      break;
    case 'failed':
      content = (
        <>
          <Text className={styles.problem}>
            {t('save.failed', { reason: errorText(status.error, t) })}
            {status.retryInSeconds !== null && ` ${t('save.retryIn', { seconds: status.retryInSeconds })}`}
          </Text>
          <Button size="small" onClick={onRetry}>
            {t('save.retryNow')}
          </Button>
        </>
      );
      break;
    case 'conflict':
      content = <Text className={styles.problem}>{t('save.conflict')}</Text>;
      break;
  }
  return (
    <div role="status" data-save-status="" className={styles.root}>
      {content}
    </div>
  );
}
