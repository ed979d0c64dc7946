import { useCallback, useEffect, useState } from 'react';
import {
  asAppError,
  type AppError,
  type Booking,
  type BookingsView,
  type OfferedSlot,
  type SeminarNote,
} from '../../domain';
import { type BookingServices } from './bookingServices';

/** The page's data: the period's times, and the bookings, notes and units the signed-in user may read. */
export type BookingsLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly services: BookingServices; readonly view: BookingsView };

/** What `useBookings` gives: the data, and changes that keep it as SharePoint has it after a write. */
export interface Bookings {
  readonly load: BookingsLoad;
  readonly retry: () => void;
  /** Reads everything again, keeping what is shown until the new read is there. */
  readonly reload: () => Promise<void>;
  /** Shows what a write stored. */
  readonly change: (update: (view: BookingsView) => BookingsView) => void;
}

/** Loads the period's bookings page in one request (`BookingStore.load`), for one kontor or all (`null`). */
export function useBookings(
  services: () => Promise<BookingServices>,
  periodId: string,
  kontorId: string | null,
): Bookings {
  const [load, setLoad] = useState<BookingsLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const read = useCallback(async () => {
    const loaded = await services();
    return { kind: 'loaded' as const, services: loaded, view: await loaded.store.load(periodId, kontorId) };
  }, [services, periodId, kontorId]);

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    read().then(
      (loaded) => current && setLoad(loaded),
      (error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [read, attempt]);

  const reload = useCallback(async () => setLoad(await read()), [read]);
  const change = useCallback((update: (view: BookingsView) => BookingsView) => {
    setLoad((before) => (before.kind === 'loaded' ? { ...before, view: update(before.view) } : before));
  }, []);

  return { load, retry: () => setAttempt((n) => n + 1), reload, change };
}

const byStart = (a: { start: string }, b: { start: string }) => Date.parse(a.start) - Date.parse(b.start);

/** The view with `booking` as stored now, in place of its older self. */
export function withBooking(view: BookingsView, booking: Booking): BookingsView {
  const others = view.bookings.items.filter((b) => b.itemId !== booking.itemId);
  const items = [...others, booking].sort((a, b) => byStart(a.slot, b.slot) || a.itemId - b.itemId);
  return { ...view, bookings: { ...view.bookings, items } };
}

/** The view with a time just offered. */
export function withSlot(view: BookingsView, offered: OfferedSlot): BookingsView {
  const items = [...view.slots.items, offered].sort((a, b) => byStart(a.slot, b.slot));
  return { ...view, slots: { ...view.slots, items } };
}

/** The view with `note` as stored now. */
export function withNote(view: BookingsView, note: SeminarNote): BookingsView {
  const items = [...withoutNote(view, note).notes.items, note].sort((a, b) => a.itemId - b.itemId);
  return { ...view, notes: { ...view.notes, items } };
}

/** The view without a note removed. */
export function withoutNote(view: BookingsView, note: SeminarNote): BookingsView {
  return {
    ...view,
    notes: { ...view.notes, items: view.notes.items.filter((n) => n.itemId !== note.itemId) },
  };
}
