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
  sessionKinds,
  type Booking,
  type InvitationState,
  type Invitee,
  type SessionKind,
  type TimeSlot,
} from './types';
