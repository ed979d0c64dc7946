import { useMemo, useState } from 'react';
import { translator, type Locale, type ManagerForm } from '../../domain';
import { type Route } from '../app/route';
import { type ManagerServices } from '../services';
import { noFilters, reviewContext, type ReviewFilters } from './reviewData';
import { ReviewList } from './ReviewList';
import { ReviewPage } from './ReviewPage';
import { reviewTranslator } from './reviewStrings';

/** Props of `ReviewPages`. */
export interface ReviewPagesProps {
  /** `review`: the list, or one unit with `unitId`. */
  readonly route: Route;
  readonly form: ManagerForm;
  readonly services: ManagerServices;
  readonly locale: Locale;
  readonly go: (route: Route) => void;
}

/**
 * The reviewer's pages: the list of the units they review, and one unit's review. The list's filters live here, so
 * they are still set on the way back from a unit.
 */
export function ReviewPages(props: ReviewPagesProps) {
  const { route, form, services, locale, go } = props;
  const t = useMemo(() => translator(locale), [locale]);
  const tr = useMemo(() => reviewTranslator(locale), [locale]);
  const [filters, setFilters] = useState<ReviewFilters>(noFilters);
  const context = useMemo(
    () => reviewContext(form, services.upn, services.now().toISOString()),
    [form, services],
  );
  if (route.page === 'review' && route.unitId !== undefined) {
    return (
      <ReviewPage
        key={route.unitId}
        form={form}
        services={services}
        context={context}
        unitId={route.unitId}
        locale={locale}
        t={t}
        tr={tr}
        onBack={() => go({ page: 'review' })}
      />
    );
  }
  return (
    <ReviewList
      form={form}
      services={services}
      context={context}
      locale={locale}
      t={t}
      tr={tr}
      filters={filters}
      onFilters={setFilters}
      onBack={() => go({ page: 'start' })}
    />
  );
}
