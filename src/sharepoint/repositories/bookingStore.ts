import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import {
  type Booking,
  type BookingRequest,
  type BookingStore,
  type BookingsView,
  type InvitationUpdate,
  type Listed,
  type NoteContent,
  type NoteText,
  type OfferedSlot,
  type SeminarNote,
  type TimeSlot,
} from '../../domain/bookings';
import { AppError, isAppError } from '../../domain/errors';
import { normaliseUpn } from '../../domain/organisation/upn';
import { type Unit } from '../../domain/organisation/types';
import { pageSize, readAll, readGroups, type CollectionQuery } from '../batch';
import { atEdge, toAppError } from '../errors';
import { folderRootsOf, listByKey } from '../lists';
import {
  bookingCreationValues,
  bookingFromItem,
  bookingSelect,
  cancellationBody,
  noteBody,
  noteCreationValues,
  noteFromItem,
  noteSelect,
  rebookingBody,
  slotFromItem,
  slotSelect,
  slotToItem,
} from '../mapping/bookings';
import { unitFromItem } from '../mapping/organisation';
import { etagVersion, ifMatch, itemIdOf, itemVersion, type ItemBody, type SpItem } from '../mapping/values';
import { invitationChoice } from '../schema/choices';
import { type ListKey } from '../schema/types';
import { and, eq } from '../odata';
import { addInUnitFolder } from './creation';
import { unitsQuery, unitsWhere } from './queries';

// Tider, Bokningar and Seminarieanteckningar on SharePoint (docs/bookings.md). Every read starts with an indexed
// equality — KontorCode for one kontor, PeriodId for all — and pages by 5,000, so it stays one request per list
// however many periods the lists hold. Bookings and notes are created in their kontor's folder, whose permissions
// say who may write there; every change carries the version read (IF-MATCH), and Bokningar's unique SlotKey keeps
// a time to one booking whoever books it.

function where(list: ListKey, select: readonly string[], filter: string): CollectionQuery {
  return (sp) =>
    listByKey(sp, list)
      .items.select(...select)
      .filter(filter)
      .top(pageSize);
}

const ofPeriod = (periodId: string, kontorId: string | null) =>
  kontorId === null ? eq('PeriodId', periodId) : and(eq('KontorCode', kontorId), eq('PeriodId', periodId));

const slotsQuery = (periodId: string) => where('tider', slotSelect, eq('PeriodId', periodId));
const bookingsQuery = (periodId: string, kontorId: string | null) =>
  where('bokningar', bookingSelect, ofPeriod(periodId, kontorId));
const notesQuery = (periodId: string, kontorId: string | null) =>
  where('seminarieanteckningar', noteSelect, ofPeriod(periodId, kontorId));
const kontorUnitsQuery = (kontorId: string | null) =>
  kontorId === null ? unitsQuery : unitsWhere(eq('KontorCode', kontorId));

/** Items mapped by `read`, each left out (and counted) when it does not count or cannot be read. */
function listed<T>(items: readonly SpItem[], read: (item: SpItem) => T | null): Listed<T> {
  const counted: T[] = [];
  for (const item of items) {
    try {
      const value = read(item);
      if (value !== null) counted.push(value);
    } catch (error) {
      // Changed by hand so that it cannot be read: counted below, never half shown.
      if (!isAppError(error) || error.code !== 'invalid') throw error;
    }
  }
  return { items: counted, ignored: items.length - counted.length };
}

const byStart = (a: TimeSlot, b: TimeSlot) =>
  Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id);

/**
 * The error for a refused booking: SharePoint's unique SlotKey says the time is taken, as an HTTP error
 * (SPDuplicateValuesFoundException) or, from the form-values call, as the SlotKey value refused (`createdItemId`).
 */
async function refusedTime(error: unknown): Promise<AppError> {
  const appError = await toAppError(error);
  const taken =
    appError.message.includes('SPDuplicateValuesFoundException') ||
    (appError.code === 'invalid' && /\bSlotKey:/.test(appError.message));
  return taken
    ? new AppError('conflict', { message: `The time is already booked: ${appError.message}`, cause: error })
    : appError;
}

/** Bokningar, Tider and Seminarieanteckningar on SharePoint, as the signed-in user may read and write them. */
export class SharePointBookingStore implements BookingStore {
  constructor(private readonly sp: SPFI) {}

  private slotsOf(items: readonly SpItem[], periodId: string): Listed<OfferedSlot> {
    const { items: slots, ignored } = listed(items, slotFromItem);
    return {
      items: slots.filter((s) => s.periodId === periodId).sort((a, b) => byStart(a.slot, b.slot)),
      ignored,
    };
  }

  private bookingsOf(items: readonly SpItem[], periodId: string): Listed<Booking> {
    const root = folderRootsOf(this.sp).bokningar;
    const { items: bookings, ignored } = listed(items, (item) => bookingFromItem(item, root));
    return {
      items: bookings
        .filter((b) => b.periodId === periodId)
        .sort((a, b) => byStart(a.slot, b.slot) || a.itemId - b.itemId),
      ignored,
    };
  }

  private notesOf(items: readonly SpItem[], periodId: string): Listed<SeminarNote> {
    const root = folderRootsOf(this.sp).seminarieanteckningar;
    const { items: notes, ignored } = listed(items, (item) => noteFromItem(item, root));
    return {
      items: notes.filter((n) => n.periodId === periodId).sort((a, b) => a.itemId - b.itemId),
      ignored,
    };
  }

  load(periodId: string, kontorId: string | null): Promise<BookingsView> {
    return atEdge(async () => {
      const read = await readGroups(this.sp, {
        slots: [slotsQuery(periodId)],
        bookings: [bookingsQuery(periodId, kontorId)],
        notes: [notesQuery(periodId, kontorId)],
        units: [kontorUnitsQuery(kontorId)],
      });
      return {
        slots: this.slotsOf(read.slots.flat(), periodId),
        bookings: this.bookingsOf(read.bookings.flat(), periodId),
        notes: this.notesOf(read.notes.flat(), periodId),
        units: read.units.flat().map(unitFromItem),
      };
    });
  }

  listSlots(periodId: string): Promise<Listed<OfferedSlot>> {
    return atEdge(async () => {
      const [items = []] = await readAll(this.sp, [slotsQuery(periodId)]);
      return this.slotsOf(items, periodId);
    });
  }

  addSlot(periodId: string, slot: TimeSlot): Promise<OfferedSlot> {
    return atEdge(async () => {
      const data = (await listByKey(this.sp, 'tider').items.add(slotToItem(periodId, slot))) as SpItem;
      return {
        periodId,
        slot: { ...slot, hostUpn: normaliseUpn(slot.hostUpn) },
        itemId: itemIdOf(data),
        version: itemVersion(data) ?? 1,
      };
    });
  }

  updateSlot(offered: OfferedSlot, slot: TimeSlot): Promise<OfferedSlot> {
    return atEdge(async () => {
      const version = await this.merge('tider', offered, slotToItem(offered.periodId, slot));
      return { ...offered, slot: { ...slot, hostUpn: normaliseUpn(slot.hostUpn) }, version };
    });
  }

  listBookings(periodId: string, kontorId: string | null): Promise<Listed<Booking>> {
    return atEdge(async () => {
      const [items = []] = await readAll(this.sp, [bookingsQuery(periodId, kontorId)]);
      return this.bookingsOf(items, periodId);
    });
  }

  async book(request: BookingRequest): Promise<Booking> {
    try {
      const itemId = await addInUnitFolder(this.sp, {
        list: 'bokningar',
        unitCode: request.kontorId,
        values: bookingCreationValues(request),
        describe: `the booking of ${request.slot.id} for ${request.kontorId}`,
      });
      const person = ({ upn, name }: { upn: string; name: string }) => ({ upn: normaliseUpn(upn), name });
      return {
        itemId,
        // A new item is version 1, as SharePoint numbers them.
        version: 1,
        periodId: request.periodId,
        kontorId: request.kontorId,
        slotId: request.slot.id,
        slot: { ...request.slot, hostUpn: normaliseUpn(request.slot.hostUpn) },
        organizer: person(request.organizer),
        managers: request.managers.map(person),
        cancelled: false,
        sequence: 0,
        invitation: 'sending',
        eventId: null,
        joinUrl: null,
      };
    } catch (error) {
      throw await refusedTime(error);
    }
  }

  async rebook(booking: Booking, slot: TimeSlot): Promise<Booking> {
    try {
      const version = await this.merge('bokningar', booking, rebookingBody(booking, slot));
      return {
        ...booking,
        version,
        slotId: slot.id,
        slot: { ...slot, hostUpn: normaliseUpn(slot.hostUpn) },
        sequence: booking.sequence + 1,
        invitation: 'sending',
      };
    } catch (error) {
      throw await refusedTime(error);
    }
  }

  cancel(booking: Booking): Promise<Booking> {
    return atEdge(async () => {
      const version = await this.merge('bokningar', booking, cancellationBody(booking));
      return { ...booking, version, cancelled: true, sequence: booking.sequence + 1, invitation: 'sending' };
    });
  }

  setInvitation(booking: Booking, update: InvitationUpdate): Promise<Booking> {
    return atEdge(async () => {
      const version = await this.merge('bokningar', booking, {
        Invitation: invitationChoice[update.state],
        EventId: update.eventId,
        JoinUrl: update.joinUrl,
      });
      return {
        ...booking,
        version,
        invitation: update.state,
        eventId: update.eventId,
        joinUrl: update.joinUrl,
      };
    });
  }

  units(kontorId: string | null): Promise<Unit[]> {
    return atEdge(async () => {
      const [items = []] = await readAll(this.sp, [kontorUnitsQuery(kontorId)]);
      return items.map(unitFromItem);
    });
  }

  listNotes(periodId: string, kontorId: string | null): Promise<Listed<SeminarNote>> {
    return atEdge(async () => {
      const [items = []] = await readAll(this.sp, [notesQuery(periodId, kontorId)]);
      return this.notesOf(items, periodId);
    });
  }

  addNote(content: NoteContent): Promise<SeminarNote> {
    return atEdge(async () => {
      const itemId = await addInUnitFolder(this.sp, {
        list: 'seminarieanteckningar',
        unitCode: content.kontorId,
        values: noteCreationValues(content),
        describe: `a seminar note for ${content.kontorId}`,
      });
      return { ...content, theme: content.theme.trim(), itemId, version: 1 };
    });
  }

  updateNote(note: SeminarNote, text: NoteText): Promise<SeminarNote> {
    return atEdge(async () => {
      const version = await this.merge('seminarieanteckningar', note, noteBody(text));
      return { ...note, ...text, theme: text.theme.trim(), version };
    });
  }

  removeNote(note: SeminarNote): Promise<void> {
    return atEdge(async () => {
      await listByKey(this.sp, 'seminarieanteckningar')
        .items.getById(note.itemId)
        .delete(ifMatch(note.version));
    });
  }

  /** Writes `body` over the item if it is still at the version read, and gives its new version. */
  private async merge(
    list: ListKey,
    item: { readonly itemId: number; readonly version: number },
    body: ItemBody,
  ): Promise<number> {
    const written = (await listByKey(this.sp, list)
      .items.getById(item.itemId)
      .update(body, ifMatch(item.version))) as { etag?: unknown };
    return etagVersion(written.etag) ?? item.version + 1;
  }
}
