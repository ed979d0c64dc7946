import { Button, MessageBar, MessageBarBody, useRestoreFocusTarget } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  asAppError,
  bookableManagers,
  bookingProblems,
  translator,
  type AppError,
  type Booking,
  type BookingsView,
  type Invitee,
  type MunicipalityConfig,
  type TimeSlot,
  type Unit,
} from '../../domain';
import { errorText } from '../common/errorText';
import { saveFile } from '../common/saveFile';
import { BookingDialog, type BookingChoice } from './BookingDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { type Booked, type BookingServices } from './bookingServices';
import { SeminarNotes } from './SeminarNotes';
import { invitationWords, placeText, slotLabel, type Words } from './slotText';
import { withBooking } from './useBookings';
import { type useBookingStyles } from './useBookingStyles.styles';

/** Props of `KontorBookings`. */
export interface KontorBookingsProps {
  /** The kontor the signed-in user heads. */
  readonly kontor: Unit;
  readonly periodId: string;
  readonly view: BookingsView;
  readonly services: BookingServices;
  readonly config: MunicipalityConfig;
  /** The current instant (ISO). */
  readonly now: string;
  readonly words: Words;
  readonly styles: ReturnType<typeof useBookingStyles>;
  readonly onChange: (update: (view: BookingsView) => BookingsView) => void;
  /** Reads the page again, after SharePoint refused a write made on what was read before. */
  readonly onReload: () => Promise<void>;
}

/**
 * A kontorschef's bookings: the office's bookings with where each invitation stands (send again, or the .ics file,
 * when it did not go out), rebooking and cancelling; the times still to book; and the project team's notes from
 * the office's seminars.
 */
export function KontorBookings(props: KontorBookingsProps) {
  const { kontor, view, services, words, styles, now } = props;
  const { t, locale } = words;
  const common = useMemo(() => translator(locale), [locale]);
  const headingId = useId();
  const entryId = `${useId()}-booking-`;
  // Fluent gives focus back to the button that opened a dialog; when the change took that button away, focus goes
  // to the booking as it now stands instead of being lost.
  const restoreFocus = useRestoreFocusTarget();
  const [dialog, setDialog] = useState<BookingChoice | { kind: 'cancel'; booking: Booking } | null>(null);
  const [open, setOpen] = useState(false);
  const [openings, setOpenings] = useState(0);
  const [focusOn, setFocusOn] = useState<number | null>(null);
  const [calendarErrors, setCalendarErrors] = useState<ReadonlyMap<number, AppError>>(new Map());
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  useEffect(() => {
    if (focusOn === null || open) return;
    document.getElementById(`${entryId}${focusOn}`)?.focus();
    setFocusOn(null);
  }, [focusOn, open, entryId]);
  const show = (opened: NonNullable<typeof dialog>) => {
    setDialog(opened);
    setOpen(true);
    setOpenings((n) => n + 1);
  };

  const names = { kontorName: kontor.name };
  const organizer: Invitee = {
    upn: kontor.manager?.upn ?? services.upn,
    name: kontor.manager?.name ?? services.upn,
  };
  const own = view.bookings.items.filter((b) => b.kontorId === kontor.id);
  const bookable = bookableManagers(view.units, kontor.id);
  const slots = view.slots.items.map((s) => s.slot);
  const held = new Set(view.bookings.items.filter((b) => !b.cancelled).map((b) => b.slotId));
  const free = slots.filter((s) => Date.parse(s.start) > Date.parse(now) && !held.has(s.id));
  const problems = (slot: TimeSlot, managers: readonly Invitee[], rebooking?: Booking) =>
    bookingProblems({ slot, managers, bookable, bookings: own, now, ...(rebooking && { rebooking }) });

  const stored = ({ booking, calendarError }: Booked) => {
    props.onChange((before) => withBooking(before, booking));
    setCalendarErrors((before) => {
      const next = new Map(before);
      if (calendarError === null) next.delete(booking.itemId);
      else next.set(booking.itemId, calendarError);
      return next;
    });
  };
  /** A write's failure in words; a conflict means the page's copy is old, so it is read again. */
  const refusal = async (error: unknown): Promise<string> => {
    const appError = asAppError(error);
    if (appError.code !== 'conflict') return `${t('write.failed')} ${errorText(appError, common)}`;
    await props.onReload().catch(() => undefined);
    return t('write.taken');
  };
  /** Runs a write that stores a booking; resolves with what went wrong, or `null`. */
  const write = async (work: () => Promise<Booked>): Promise<string | null> => {
    try {
      const booked = await work();
      stored(booked);
      setFocusOn(booked.booking.itemId);
      setStatus(`${slotLabel(booked.booking.slot, words)}: ${invitationWords(booked.booking, words)}`);
      return null;
    } catch (error) {
      return refusal(error);
    }
  };
  const sendAgain = async (booking: Booking) => {
    setBusy(booking.itemId);
    setFailure(await write(() => services.sendAgain(booking, names)));
    setBusy(null);
  };
  const download = (booking: Booking) => {
    const file = services.ics(booking, names);
    saveFile(file.text, file.name, 'text/calendar;charset=utf-8');
    setStatus(t('ics.saved', { name: file.name }));
  };

  const entry = (booking: Booking) => {
    const label = slotLabel(booking.slot, words);
    const error = calendarErrors.get(booking.itemId);
    return (
      <li key={booking.itemId} className={styles.item}>
        <span id={`${entryId}${booking.itemId}`} tabIndex={-1} className={styles.itemTitle}>
          {label}
        </span>
        <span className={styles.detail}>
          {placeText(booking.slot, words)}, {t('host', { host: booking.slot.hostUpn })}
        </span>
        <span>{t('attending', { names: booking.managers.map((m) => m.name).join(', ') })}</span>
        <span>{invitationWords(booking, words)}</span>
        {booking.invitation === 'sent' ? null : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {error === undefined ? null : `${t('calendar.failed', { error: errorText(error, common) })} `}
              {t('calendar.hint')}
            </MessageBarBody>
          </MessageBar>
        )}
        <span className={styles.actions}>
          {booking.invitation === 'sent' ? null : (
            <Button
              appearance="primary"
              aria-label={`${t('sendAgain')}: ${label}`}
              disabledFocusable={busy === booking.itemId}
              onClick={() => void sendAgain(booking)}
            >
              {t('sendAgain')}
            </Button>
          )}
          <Button aria-label={`${t('ics')}: ${label}`} onClick={() => download(booking)}>
            {t('ics')}
          </Button>
          {booking.cancelled ? null : (
            <>
              <Button
                aria-label={`${t('rebook')} ${label}`}
                {...restoreFocus}
                onClick={() => show({ kind: 'rebook', booking, slots: free })}
              >
                {t('rebook')}
              </Button>
              <Button
                aria-label={`${t('cancel')} ${label}`}
                {...restoreFocus}
                onClick={() => show({ kind: 'cancel', booking })}
              >
                {t('cancel')}
              </Button>
            </>
          )}
        </span>
      </li>
    );
  };

  const active = own.filter((b) => !b.cancelled);
  const cancelled = own.filter((b) => b.cancelled);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('kontor.heading', { kontor: kontor.name })}
      </h2>
      {failure === null ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" className={styles.status}>
        {status}
      </div>
      <h3 className={styles.subheading}>{t('own.heading')}</h3>
      {active.length === 0 ? <p className={styles.note}>{t('own.none')}</p> : null}
      <ul className={styles.list}>{active.map(entry)}</ul>
      <h3 className={styles.subheading}>{t('free.heading')}</h3>
      <p className={styles.note}>{t('free.note')}</p>
      {free.length === 0 ? <p className={styles.note}>{t('free.none')}</p> : null}
      <ul className={styles.list}>
        {free.map((slot) => {
          const label = slotLabel(slot, words);
          return (
            <li key={slot.id} className={styles.item}>
              <span className={styles.itemTitle}>{label}</span>
              <span className={styles.detail}>
                {placeText(slot, words)}, {t('capacity', { count: slot.capacity })},{' '}
                {t('host', { host: slot.hostUpn })}
              </span>
              <span className={styles.actions}>
                <Button
                  aria-label={`${t('book')} ${label}`}
                  {...restoreFocus}
                  onClick={() => show({ kind: 'book', slot, bookable })}
                >
                  {t('book')}
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
      {cancelled.length === 0 ? null : (
        <>
          <h3 className={styles.subheading}>{t('cancelled.heading')}</h3>
          <ul className={styles.list}>{cancelled.map(entry)}</ul>
        </>
      )}
      <h3 className={styles.subheading}>{t('notes.heading')}</h3>
      <SeminarNotes
        notes={view.notes.items.filter((n) => n.kontorId === kontor.id)}
        config={props.config}
        locale={locale}
        headingLevel={4}
      />
      {dialog === null ? null : dialog.kind === 'cancel' ? (
        <ConfirmDialog
          key={openings}
          open={open}
          title={t('cancel.title', { slot: slotLabel(dialog.booking.slot, words) })}
          body={t('cancel.body')}
          confirm={t('cancel')}
          busy={t('busy')}
          keep={t('cancel.keep')}
          styles={styles}
          onConfirm={() => write(() => services.cancel(dialog.booking, names))}
          onClose={() => setOpen(false)}
        />
      ) : (
        <BookingDialog
          key={openings}
          open={open}
          choice={dialog}
          words={words}
          styles={styles}
          slots={slots}
          problems={(slot, managers) =>
            problems(slot, managers, dialog.kind === 'rebook' ? dialog.booking : undefined)
          }
          onSubmit={(slot, managers) =>
            write(() =>
              dialog.kind === 'book'
                ? services.book({
                    ...names,
                    periodId: props.periodId,
                    kontorId: kontor.id,
                    slot,
                    organizer,
                    managers,
                  })
                : services.rebook(dialog.booking, slot, names),
            )
          }
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
