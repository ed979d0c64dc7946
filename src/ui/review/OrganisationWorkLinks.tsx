import { Link } from '@fluentui/react-components';
import { useMemo } from 'react';
import { type Locale, type ManagerForm } from '../../domain';
import { routeHash } from '../app/route';
import { reviewTranslator } from './reviewStrings';
import { useReviewStyles } from './useReviewStyles.styles';

/**
 * The start page's ways to the work after the inventory, for those it is for: a kontorschef or sektorchef books
 * interviews and seminars and reads the consultation's answers of their units; the project team does both and
 * shows Chefsdagen's presentation. SharePoint decides what each page then reads and writes; these are only links.
 */
export function OrganisationWorkLinks(props: { form: ManagerForm; locale: Locale }) {
  const { form, locale } = props;
  const tr = useMemo(() => reviewTranslator(locale), [locale]);
  const styles = useReviewStyles();
  const { projectTeam, reviewerOf } = form.review;
  if (!projectTeam && reviewerOf.length === 0) return null;
  return (
    <nav aria-labelledby="organisation-work" className={styles.summary}>
      <h2 id="organisation-work" className={styles.h2}>
        {tr('work.heading')}
      </h2>
      <ul className={styles.workLinks}>
        <li>
          <Link href={routeHash({ page: 'bookings' })}>{tr('work.bookings')}</Link>
        </li>
        <li>
          <Link href={routeHash({ page: 'rounds' })}>{tr('work.rounds')}</Link>
        </li>
        {projectTeam && (
          <li>
            <Link href={routeHash({ page: 'presentation' })}>{tr('work.presentation')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
