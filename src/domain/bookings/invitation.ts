import { type IcsBooking } from './ics';
import { type Booking, type Invitee, type SessionKind } from './types';

// A booking's invitation as the attendees read it: Swedish, the language of the kommun's calendars. The same text
// goes into the Graph event and into the .ics file, so the fallback says what the invitation would have said.

const kindWords: Readonly<Record<SessionKind, string>> = {
  intervju: 'Intervju',
  gruppseminarium: 'Gruppseminarium',
};

/** What the invitation says and who gets it: the managers and the project team's host. */
export interface InvitationText {
  readonly subject: string;
  readonly text: string;
  readonly attendees: readonly Invitee[];
}

/** The invitation of a booking, for a kontor called `kontorName`. */
export function invitationText(
  booking: Booking,
  context: { kontorName: string; hostName: string },
): InvitationText {
  const kind = kindWords[booking.slot.kind];
  const subject = `${kind} om stödfunktioner – ${context.kontorName}`;
  const text = [
    `${kind} i inventeringen av stödfunktioner för ${context.kontorName}, bokad av ${booking.organizer.name}.`,
    `Deltagare: ${booking.managers.map((m) => m.name).join(', ')}. Leds av ${context.hostName}.`,
    booking.slot.online ? 'Mötet hålls i Teams; länken finns i inbjudan.' : null,
    booking.slot.location === null ? null : `Plats: ${booking.slot.location}.`,
  ]
    .filter((line) => line !== null)
    .join('\n');
  const host = { upn: booking.slot.hostUpn, name: context.hostName };
  return { subject, text, attendees: [...booking.managers, host] };
}

/** The .ics file of a booking as it stands: an invitation, or a cancellation once cancelled. */
export function invitationIcs(
  booking: Booking,
  context: { kontorName: string; hostName: string; stamp: string },
): IcsBooking {
  const { subject, text, attendees } = invitationText(booking, context);
  return {
    method: booking.cancelled ? 'CANCEL' : 'REQUEST',
    uid: `${booking.periodId}-${booking.kontorId}-${booking.itemId}@stodinventering`,
    sequence: booking.sequence,
    stamp: context.stamp,
    start: booking.slot.start,
    end: booking.slot.end,
    summary: subject,
    location: booking.slot.location,
    description: text,
    joinUrl: booking.joinUrl,
    organizer: { name: booking.organizer.name, email: booking.organizer.upn },
    attendees: attendees.map((a) => ({ name: a.name, email: a.upn })),
  };
}
