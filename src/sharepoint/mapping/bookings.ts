import {
  sessionKinds,
  type Booking,
  type BookingRequest,
  type Invitee,
  type NoteContent,
  type NoteText,
  type OfferedSlot,
  type SeminarNote,
  type TimeSlot,
} from '../../domain/bookings';
import { type JsonReader } from '../../domain/config/reader';
import { AppError } from '../../domain/errors';
import { formatDateTime } from '../../domain/i18n/format';
import { normaliseUpn } from '../../domain/organisation/upn';
import { joinPath, validationIssue } from '../../domain/validation/issues';
import { invitationChoice, sessionKindChoice } from '../schema/choices';
import { unitOfFolder } from './folders';
import {
  formValues,
  instantText,
  ItemReader,
  itemVersion,
  textOrNull,
  type FormValue,
  type ItemBody,
  type SpItem,
} from './values';

// Tider, Bokningar and Seminarieanteckningar (docs/bookings.md). A booking or a note belongs to the kontor whose
// folder holds it; its KontorCode only routes queries. A kontor's head can write every column of the bookings in
// its folder, so an item whose KontorCode names another kontor, or a booking that no longer holds its time
// (SlotKey), is left out: SharePoint's guarantees (whose it is, one booking per time) no longer cover it.

/** The Tider columns the app reads. */
export const slotSelect: readonly string[] = [
  'ID',
  'PeriodId',
  'SlotId',
  'SessionKind',
  'StartsAt',
  'EndsAt',
  'Location',
  'Online',
  'Capacity',
  'HostUpn',
];

/** The Bokningar columns the app reads. */
export const bookingSelect: readonly string[] = [
  'ID',
  'PeriodId',
  'KontorCode',
  'SlotId',
  'SlotKey',
  'Booking',
  'Cancelled',
  'Sequence',
  'Invitation',
  'EventId',
  'JoinUrl',
  'FileDirRef',
];

/** The Seminarieanteckningar columns the app reads. */
export const noteSelect: readonly string[] = [
  'ID',
  'Title',
  'PeriodId',
  'KontorCode',
  'FunctionId',
  'SlotId',
  'Body',
  'FileDirRef',
];

/** What SlotKey holds once a booking is cancelled: unique to the item, so the time is free for another. */
export function cancelledSlotKey(booking: Pick<Booking, 'slotId' | 'itemId'>): string {
  return `${booking.slotId}:avbokad:${booking.itemId}`;
}

/** The label people see in SharePoint's views: `Gruppseminarium 2026-03-10 09:00`. */
function label(slot: TimeSlot): string {
  return `${sessionKindChoice[slot.kind]} ${formatDateTime(slot.start, 'sv')}`;
}

/**
 * An offered time from its Tider item.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function slotFromItem(item: SpItem): OfferedSlot {
  const r = new ItemReader(item, { list: 'tider', keyField: 'SlotId' });
  // `text` reports an empty time as missing; `instant` one that is not a time.
  const instant = (field: string) => (r.text(field) === '' ? null : r.instant(field));
  const { periodId, kind, start, end, capacity, ...slot } = r.done({
    periodId: r.text('PeriodId'),
    id: r.text('SlotId'),
    kind: r.requiredChoice('SessionKind', sessionKindChoice),
    start: instant('StartsAt'),
    end: instant('EndsAt'),
    location: r.optionalText('Location'),
    online: r.flag('Online'),
    capacity: r.number('Capacity'),
    hostUpn: normaliseUpn(r.text('HostUpn')),
  });
  // Every other null is reported by `done`; an empty number column is not.
  if (kind === null || start === null || end === null || capacity === null)
    throw new AppError('invalid', { message: `Tider item ${r.id} has no capacity.` });
  return {
    periodId,
    slot: { ...slot, kind, start, end, capacity },
    itemId: r.id,
    version: itemVersion(item) ?? 0,
  };
}

/** The Tider item body of an offered time (a typed write: the list has no folders). */
export function slotToItem(periodId: string, slot: TimeSlot): ItemBody {
  return {
    Title: label(slot),
    PeriodId: periodId,
    SlotId: slot.id,
    SessionKind: sessionKindChoice[slot.kind],
    StartsAt: instantText(slot.start),
    EndsAt: instantText(slot.end),
    Location: textOrNull(slot.location),
    Online: slot.online,
    Capacity: slot.capacity,
    HostUpn: normaliseUpn(slot.hostUpn),
  };
}

/** The Booking column: the time as booked, who booked it and for whom. */
function bookingText(booking: Pick<Booking, 'slot' | 'organizer' | 'managers'>): string {
  const person = ({ upn, name }: Invitee) => ({ upn: normaliseUpn(upn), name });
  const { id, kind, start, end, location, online, capacity, hostUpn } = booking.slot;
  return JSON.stringify({
    slot: { id, kind, start, end, location, online, capacity, hostUpn },
    organizer: person(booking.organizer),
    managers: booking.managers.map(person),
  });
}

function personOf(reader: JsonReader, value: unknown, path: string): Invitee | null {
  const o = reader.object(value, path);
  if (o === null) return null;
  const upn = reader.string(o.upn, joinPath(path, 'upn'));
  const name = reader.string(o.name, joinPath(path, 'name'));
  return upn === null || name === null ? null : { upn: normaliseUpn(upn), name };
}

function instantOf(reader: JsonReader, value: unknown, path: string): string | null {
  const text = reader.string(value, path);
  if (text === null || !Number.isNaN(Date.parse(text))) return text;
  reader.report(validationIssue('invalidDate', { path }));
  return null;
}

function slotOf(reader: JsonReader, value: unknown, path: string): TimeSlot | null {
  const o = reader.object(value, path);
  if (o === null) return null;
  const at = (key: string) => joinPath(path, key);
  const id = reader.string(o.id, at('id'));
  const kind = reader.oneOf(o.kind, { path: at('kind'), allowed: sessionKinds });
  const start = instantOf(reader, o.start, at('start'));
  const end = instantOf(reader, o.end, at('end'));
  const location = o.location === null ? null : reader.string(o.location, at('location'));
  const capacity = reader.number(o.capacity, { path: at('capacity'), min: 1, step: 'integer' });
  const hostUpn = reader.string(o.hostUpn, at('hostUpn'));
  const online = typeof o.online === 'boolean' ? o.online : null;
  if (online === null)
    reader.report(validationIssue('wrongType', { path: at('online'), params: { expected: 'boolean' } }));
  if (
    id === null ||
    kind === null ||
    start === null ||
    end === null ||
    (location === null && o.location !== null) ||
    capacity === null ||
    hostUpn === null ||
    online === null
  )
    return null;
  return { id, kind, start, end, location, online, capacity, hostUpn: normaliseUpn(hostUpn) };
}

/** The kontor whose folder holds an item, if its KontorCode names that kontor; else `null`. */
function kontorOf(item: SpItem, listRoot: string): string | null {
  const kontorId = unitOfFolder(item.FileDirRef, listRoot);
  const claims = typeof item.KontorCode === 'string' ? item.KontorCode : '';
  return kontorId !== null && claims.toLowerCase() === kontorId.toLowerCase() ? kontorId : null;
}

/**
 * A booking from its Bokningar item, or `null` when the item does not count: its KontorCode is not the kontor
 * whose folder holds it (`listRoot` is Bokningar's root folder), or it is not cancelled and does not hold its time.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function bookingFromItem(item: SpItem, listRoot: string): Booking | null {
  const kontorId = kontorOf(item, listRoot);
  if (kontorId === null) return null;
  const r = new ItemReader(item, { list: 'bokningar', keyField: 'SlotKey' });
  const slotId = r.text('SlotId');
  const content = r.json('Booking', (reader, value, path) => {
    const o = reader.object(value, path);
    if (o === null) return null;
    const slot = slotOf(reader, o.slot, joinPath(path, 'slot'));
    const organizer = personOf(reader, o.organizer, joinPath(path, 'organizer'));
    const list = reader.array(o.managers, { path: joinPath(path, 'managers'), size: 'nonEmpty' }) ?? [];
    const read = list.map((m, i) => personOf(reader, m, joinPath(path, 'managers', i)));
    const managers = read.filter((m): m is Invitee => m !== null);
    if (slot === null || organizer === null || managers.length < read.length) return null;
    return { slot, organizer, managers };
  });
  const booking = r.done({
    itemId: r.id,
    version: itemVersion(item) ?? 0,
    periodId: r.text('PeriodId'),
    kontorId,
    slotId,
    cancelled: r.flag('Cancelled'),
    sequence: r.number('Sequence') ?? 0,
    invitation: r.requiredChoice('Invitation', invitationChoice),
    eventId: r.optionalText('EventId'),
    joinUrl: r.optionalText('JoinUrl'),
  });
  // `done` has reported what made either null.
  if (content === null || booking.invitation === null)
    throw new AppError('invalid', { message: `Bokningar item ${r.id} cannot be read.` });
  const holdsTime = booking.cancelled || item.SlotKey === slotId;
  if (content.slot.id !== slotId || !holdsTime) return null;
  return { ...booking, invitation: booking.invitation, ...content };
}

/** The text values that create a booking in its kontor's folder (`AddValidateUpdateItemUsingPath`). */
export function bookingCreationValues(request: BookingRequest): FormValue[] {
  return formValues({
    Title: label(request.slot),
    PeriodId: request.periodId,
    KontorCode: request.kontorId,
    SlotId: request.slot.id,
    // Unique in the list: SharePoint refuses a second booking of the time, whoever makes it.
    SlotKey: request.slot.id,
    Booking: bookingText(request),
    Sequence: '0',
    Invitation: invitationChoice.sending,
  });
}

/** The MERGE that moves a booking to `slot`: it holds the new time, and the calendars get one more change. */
export function rebookingBody(booking: Booking, slot: TimeSlot): ItemBody {
  return {
    Title: label(slot),
    SlotId: slot.id,
    SlotKey: slot.id,
    Booking: bookingText({ ...booking, slot }),
    Sequence: booking.sequence + 1,
    Invitation: invitationChoice.sending,
  };
}

/** The MERGE that cancels a booking and frees its time. */
export function cancellationBody(booking: Booking): ItemBody {
  return {
    SlotKey: cancelledSlotKey(booking),
    Cancelled: true,
    Sequence: booking.sequence + 1,
    Invitation: invitationChoice.sending,
  };
}

/**
 * A seminar note from its item, or `null` when its KontorCode is not the kontor whose folder holds it.
 * @throws AppError `invalid` naming the item when a column cannot be read.
 */
export function noteFromItem(item: SpItem, listRoot: string): SeminarNote | null {
  const kontorId = kontorOf(item, listRoot);
  if (kontorId === null) return null;
  const r = new ItemReader(item, { list: 'seminarieanteckningar' });
  return r.done({
    periodId: r.text('PeriodId'),
    kontorId,
    functionId: r.optionalText('FunctionId'),
    theme: r.text('Title'),
    body: r.note('Body'),
    slotId: r.optionalText('SlotId'),
    itemId: r.id,
    version: itemVersion(item) ?? 0,
  });
}

/** The text values that create a note in its kontor's folder. */
export function noteCreationValues(content: NoteContent): FormValue[] {
  return formValues({
    PeriodId: content.periodId,
    KontorCode: content.kontorId,
    ...noteColumns(content),
  });
}

function noteColumns(text: NoteText): Record<string, string | null> {
  return {
    Title: text.theme.trim(),
    FunctionId: textOrNull(text.functionId),
    SlotId: textOrNull(text.slotId),
    Body: text.body,
  };
}

/** The MERGE that changes what a note says. */
export function noteBody(text: NoteText): ItemBody {
  return noteColumns(text);
}
