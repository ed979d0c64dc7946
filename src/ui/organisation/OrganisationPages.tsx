import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { latestPeriod, translator, type Locale, type ManagerForm } from '../../domain';
import { type Route } from '../app/route';
import { BookingsPage } from '../bookings/BookingsPage';
import { ConsultationAnswerPage } from '../consultation/ConsultationAnswerPage';
import { ConsultationRoundsPage } from '../consultation/ConsultationRoundsPage';
import { ChefsdagenPage } from '../presentation/ChefsdagenPage';
import { type ManagerServices } from '../services';

/** Props of `OrganisationPages`. */
export interface OrganisationPagesProps {
  readonly route: Extract<Route, { page: 'bookings' | 'answerRound' | 'rounds' | 'presentation' }>;
  readonly form: ManagerForm;
  readonly services: ManagerServices;
  readonly locale: Locale;
  readonly go: (route: Route) => void;
  /** The current instant (ISO). */
  readonly now: string;
}

/**
 * The pages of the work after the inventory, in a chunk of their own: bookings, a consultation round's answers,
 * the rounds and Chefsdagen. They rest on the open period, or the last one once it has closed: interviews,
 * seminars and the consultation follow the inventory. What each may read and write is SharePoint's to decide.
 */
export function OrganisationPages(props: OrganisationPagesProps) {
  const { route, form, services, locale, go, now } = props;
  const toStart = () => go({ page: 'start' });
  if (route.page === 'answerRound') {
    return (
      <ConsultationAnswerPage
        key={`${route.roundId}/${route.unitId}`}
        services={services.consultation}
        form={form}
        roundId={route.roundId}
        unitId={route.unitId}
        locale={locale}
        onBack={toStart}
      />
    );
  }
  const period = form.period ?? latestPeriod(form.periods, now);
  if (period === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{translator(locale)('start.noPeriod')}</MessageBarBody>
      </MessageBar>
    );
  }
  switch (route.page) {
    case 'bookings':
      return (
        <BookingsPage
          services={services.bookings}
          form={form}
          period={period}
          locale={locale}
          onBack={toStart}
          now={now}
        />
      );
    case 'rounds':
      return (
        <ConsultationRoundsPage
          services={services.consultation}
          form={form}
          period={period}
          locale={locale}
          onBack={toStart}
          now={now}
        />
      );
    case 'presentation':
      return (
        <ChefsdagenPage form={form} period={period} services={services} locale={locale} onBack={toStart} />
      );
  }
}
