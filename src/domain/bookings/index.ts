// Bookings: the interviews and seminars a kontorschef books for the office's managers.
export { bookingIcs, type IcsBooking, type IcsPerson } from './ics';
export { invitationIcs, invitationText, type InvitationText } from './invitation';
export {
  bookableManagers,
  bookingProblems,
  overlaps,
  slotProblems,
  type BookingProblem,
  type SlotProblem,
} from './rules';
export {
  type BookingRequest,
  type BookingStore,
  type BookingsView,
  type InvitationUpdate,
  type Listed,
  type NoteContent,
  type NoteText,
  type OfferedSlot,
} from './store';
export { stockholmInstant, type WallClock } from './time';
export {
  sessionKinds,
  type Booking,
  type InvitationState,
  type Invitee,
  type SeminarNote,
  type SessionKind,
  type TimeSlot,
} from './types';
