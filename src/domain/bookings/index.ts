// Bookings: the interviews and seminars a kontorschef books for the office's managers.
export { bookingIcs, type IcsBooking, type IcsPerson } from './ics';
