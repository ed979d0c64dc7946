import { useId } from 'react';
import { type BookingsView } from '../../domain';
import { invitationWords, placeText, slotLabel, type Words } from './slotText';
import { type useBookingStyles } from './useBookingStyles.styles';

/** Props of `AllBookings` and `OfferedSlots`. */
export interface OverviewProps {
  readonly view: BookingsView;
  readonly words: Words;
  readonly styles: ReturnType<typeof useBookingStyles>;
}

/** A kontor's name from the units read, or its code. */
export function kontorName(view: BookingsView, kontorId: string): string {
  return view.units.find((u) => u.id === kontorId)?.name ?? kontorId;
}

/** Every booking the signed-in user may read, per kontor: the time, who attends and where the invitation stands. */
export function AllBookings({ view, words, styles }: OverviewProps) {
  const { t } = words;
  const headingId = useId();
  const kontorIds = [...new Set(view.bookings.items.map((b) => b.kontorId))].sort((a, b) =>
    kontorName(view, a).localeCompare(kontorName(view, b), 'sv'),
  );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('all.heading')}
      </h2>
      {kontorIds.length === 0 ? <p className={styles.note}>{t('all.none')}</p> : null}
      {kontorIds.map((kontorId) => (
        <section key={kontorId} className={styles.section}>
          <h3 className={styles.subheading}>{kontorName(view, kontorId)}</h3>
          <ul className={styles.list}>
            {view.bookings.items
              .filter((b) => b.kontorId === kontorId)
              .map((b) => (
                <li key={b.itemId} className={styles.item}>
                  <span className={styles.itemTitle}>{slotLabel(b.slot, words)}</span>
                  <span className={styles.detail}>{placeText(b.slot, words)}</span>
                  <span>{t('attending', { names: b.managers.map((m) => m.name).join(', ') })}</span>
                  <span>{invitationWords(b, words)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** The period's offered times, each free or naming the kontor that booked it. */
export function OfferedSlots({ view, words, styles }: OverviewProps) {
  const { t } = words;
  const headingId = useId();
  const bookedBy = (slotId: string) =>
    view.bookings.items
      .filter((b) => !b.cancelled && b.slotId === slotId)
      .map((b) => kontorName(view, b.kontorId));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('offered.heading')}
      </h2>
      {view.slots.items.length === 0 ? <p className={styles.note}>{t('offered.none')}</p> : null}
      <ul className={styles.list}>
        {view.slots.items.map(({ slot }) => {
          const kontor = bookedBy(slot.id);
          return (
            <li key={slot.id} className={styles.item}>
              <span className={styles.itemTitle}>{slotLabel(slot, words)}</span>
              <span className={styles.detail}>
                {placeText(slot, words)}, {t('capacity', { count: slot.capacity })},{' '}
                {t('host', { host: slot.hostUpn })}
              </span>
              <span>
                {kontor.length === 0
                  ? t('offered.free')
                  : t('offered.bookedBy', { kontor: kontor.join(', ') })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
