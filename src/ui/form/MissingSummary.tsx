import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { type Translate } from '../../domain';

/** One thing that stops the submit, named where it is. */
export interface MissingItem {
  /** The field's validation path. */
  readonly path: string;
  /** Where, in words: "Ekonomi – Årsarbetare". */
  readonly where: string;
  /** What is wrong, in words. */
  readonly message: string;
}

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

/**
 * What the submit validation misses, as a list of links to the fields (the pattern of a form's error summary):
 * the focus lands on its heading after a refused submit, and each link moves the focus to its field.
 */
export const MissingSummary = forwardRef<
  HTMLHeadingElement,
  { items: readonly MissingItem[]; t: Translate; onGo: (path: string) => void }
>(function MissingSummary({ items, t, onGo }, headingRef) {
  const styles = useStyles();
  return (
    <section aria-labelledby="missing-summary-heading" className={styles.root}>
      <h2 id="missing-summary-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('submit.missingTitle', { count: items.length })}
      </h2>
      <Text as="p" block>
        {t('submit.missingIntro')}
      </Text>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.path} className={styles.item}>
            <Link as="button" onClick={() => onGo(item.path)}>
              {t('submit.issue', { where: item.where, message: item.message })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
});
