import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { type Locale, type SupportFunction, type Translate } from '../../domain';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    columnWidth: '16rem',
    columnGap: tokens.spacingHorizontalXXL,
  },
  item: { breakInside: 'avoid', marginBottom: tokens.spacingVerticalXXS },
  // A wrapped name keeps its bullet on its first line.
  link: { verticalAlign: 'top', textAlign: 'start' },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The functions with how far each is answered (in words, not colour), each a link to its section. */
export const ContentsNav = memo(function ContentsNav(props: {
  functions: readonly SupportFunction[];
  answered: ReadonlySet<string>;
  t: Translate;
  locale: Locale;
  onGo: (functionId: string) => void;
}) {
  const { functions, answered, t, locale, onGo } = props;
  const styles = useStyles();
  return (
    <nav aria-labelledby="contents-heading">
      <h2 id="contents-heading" className={styles.heading}>
        {t('form.contents')}
      </h2>
      <ul className={styles.list}>
        {functions.map((fn) => {
          const name = fn.label[locale];
          return (
            <li key={fn.id} className={styles.item}>
              <Link as="button" className={styles.link} onClick={() => onGo(fn.id)}>
                {answered.has(fn.id)
                  ? t('form.contentsAnswered', { name })
                  : t('form.contentsUnanswered', { name })}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
