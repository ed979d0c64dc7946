import { makeStyles, Subtitle2, Text, Title2, tokens } from '@fluentui/react-components';
import { type Translate } from '../domain/i18n';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  intro: { maxWidth: '60ch' },
});

/** The app's frame: its name and what it is for. Later pages render inside it. */
export function Shell({ t }: { t: Translate }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header>
        <Title2 as="h1">{t('app.name')}</Title2>
      </header>
      <Subtitle2 as="p">{t('shell.tagline')}</Subtitle2>
      <Text as="p" className={styles.intro}>
        {t('shell.intro')}
      </Text>
    </main>
  );
}
