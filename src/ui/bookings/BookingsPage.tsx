import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import { translator, type Locale, type ManagerForm, type Period, type Unit } from '../../domain';
import { errorText } from '../common/errorText';
import { AllBookings, OfferedSlots } from './AllBookings';
import { type BookingServices } from './bookingServices';
import { bookingTranslator } from './bookingStrings';
import { KontorBookings } from './KontorBookings';
import { NotesEditor } from './NotesEditor';
import { SlotForm } from './SlotForm';
import { type Words } from './slotText';
import { useBookings } from './useBookings';
import { useBookingStyles } from './useBookingStyles.styles';

/** Props of `BookingsPage`. */
export interface BookingsPageProps {
  /** The lists and the signed-in user's calendar; its code loads when first called. */
  readonly services: () => Promise<BookingServices>;
  /** The signed-in user's form: the units they lead (a kontor's head books for it) and what they review. */
  readonly form: ManagerForm;
  /** The period whose times are offered and booked. */
  readonly period: Period;
  readonly locale: Locale;
  readonly onBack: () => void;
  /** The current instant (ISO): times that have begun are no longer booked. */
  readonly now: string;
}

/** Who the signed-in user is on this page. */
interface Roles {
  /** The kontor they head, whose managers they book. */
  readonly kontor: readonly Unit[];
  /** The project team: offers times, sees every booking, writes the seminar notes. */
  readonly projectTeam: boolean;
  /** A sektor's head: reads the bookings of the sektor's kontor. */
  readonly sektorHead: boolean;
}

/**
 * Interviews and group seminars (docs/bookings.md): a kontorschef books the offered times for the office's managers
 * and the invitation goes out from their calendar; the project team offers the times, sees every kontor's bookings
 * and records what the seminars brought up.
 */
export function BookingsPage(props: BookingsPageProps) {
  const { form, locale } = props;
  const t = useMemo(() => bookingTranslator(locale), [locale]);
  const styles = useBookingStyles();
  const roles: Roles = {
    kontor: form.units.filter((u) => u.kind === 'kontor'),
    projectTeam: form.review.projectTeam,
    sektorHead: form.units.some((u) => u.kind === 'sektor'),
  };
  const anything = roles.kontor.length > 0 || roles.projectTeam || roles.sektorHead;
  return (
    <div className={styles.root}>
      <div>
        <Link as="button" onClick={props.onBack}>
          {t('back')}
        </Link>
      </div>
      <h1 tabIndex={-1} className={styles.title}>
        {t('title')}
      </h1>
      <p className={styles.note}>{t('intro')}</p>
      {anything ? (
        <Loaded {...props} roles={roles} words={{ t, locale }} styles={styles} />
      ) : (
        <p className={styles.note}>{t('nothing')}</p>
      )}
    </div>
  );
}

function Loaded(
  props: BookingsPageProps & { roles: Roles; words: Words; styles: ReturnType<typeof useBookingStyles> },
) {
  const { roles, words, styles, period } = props;
  const { t, locale } = words;
  // One kontor's head reads the kontor's folder alone; anyone who reads more reads everything they may.
  const only =
    roles.kontor.length === 1 && !roles.projectTeam && !roles.sektorHead ? roles.kontor[0] : undefined;
  const bookings = useBookings(props.services, period.id, only?.id ?? null);
  const { load } = bookings;
  if (load.kind === 'loading') return <Spinner label={t('loading')} />;
  if (load.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {t('failed')} {errorText(load.error, translator(locale))}{' '}
          <Button onClick={bookings.retry}>{t('retry')}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { view, services } = load;
  const ignored = view.slots.ignored + view.bookings.ignored + view.notes.ignored;
  const common = { view, services, words, styles, onChange: bookings.change };
  return (
    <>
      {ignored > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('ignored', { count: ignored })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {roles.kontor.map((kontor) => (
        <KontorBookings
          key={kontor.id}
          {...common}
          kontor={kontor}
          periodId={period.id}
          config={props.form.config}
          now={props.now}
          onReload={bookings.reload}
        />
      ))}
      {roles.projectTeam ? (
        <>
          <SlotForm {...common} periodId={period.id} />
          <OfferedSlots {...common} />
        </>
      ) : null}
      {roles.projectTeam || roles.sektorHead ? <AllBookings {...common} /> : null}
      {roles.projectTeam ? (
        <NotesEditor {...common} periodId={period.id} config={props.form.config} onReload={bookings.reload} />
      ) : null}
    </>
  );
}
