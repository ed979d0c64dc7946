import { makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // A phone (360 px) or 400 % zoom leaves about 320 px: the margins give their space to the form.
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
});

/** The app's frame: the page's one `main` landmark on the theme's background. */
export function Shell({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  return <main className={styles.root}>{children}</main>;
}
