// An event as Graph returns it, property for property as the create page's examples show them
// (https://learn.microsoft.com/graph/api/user-post-events): start and end in UTC unless the request's
// `Prefer: outlook.timezone` names a zone, the organizer's own item with `responseStatus` "organizer", an
// attendee's copy with "notResponded", and every attendee's `status` "none" until they answer (which nobody
// does here).
import type { CalendarItem, Meeting } from '../store/CalendarStore';
import { plainText } from '../text';
import { graphTimestamp } from './mint';
import { graphDateTime } from './timeZones';

/** The zone start and end are written in: its name as the request gave it, and the IANA zone to compute with. */
export interface ViewZone {
  readonly name: string;
  readonly zone: string;
}

/** UTC, Graph's default. */
export const UTC_VIEW: ViewZone = { name: 'UTC', zone: 'UTC' };

const NEVER = '0001-01-01T00:00:00Z';
// bodyPreview is "the preview of the message associated with the event"; its length is ours (255 characters, as
// previews are commonly seen).
const PREVIEW_LENGTH = 255;

/** The event JSON of a calendar item, with its `@odata.etag`. */
export function eventJson(item: CalendarItem, meeting: Meeting, view: ViewZone): Record<string, unknown> {
  const online = meeting.joinUrl !== null;
  return {
    '@odata.etag': `W/"${item.changeKey}"`,
    id: item.id,
    createdDateTime: graphTimestamp(item.createdMs),
    lastModifiedDateTime: graphTimestamp(item.modifiedMs),
    changeKey: item.changeKey,
    categories: [],
    transactionId: null,
    originalStartTimeZone: meeting.startZone,
    originalEndTimeZone: meeting.endZone,
    iCalUId: meeting.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: meeting.subject,
    bodyPreview: [...plainText(meeting.body.content, meeting.body.contentType)]
      .slice(0, PREVIEW_LENGTH)
      .join(''),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: meeting.cancelled || item.cancelled,
    isOrganizer: item.isOrganizer,
    responseRequested: true,
    seriesMasterId: null,
    showAs: item.isOrganizer ? 'busy' : 'tentative',
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(item.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: online,
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: meeting.allowNewTimeProposals,
    occurrenceId: null,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: item.isOrganizer ? 'organizer' : 'notResponded', time: NEVER },
    body:
      meeting.body.contentType === 'html'
        ? { contentType: 'html', content: `<html><head></head><body>${meeting.body.content}</body></html>` }
        : meeting.body,
    start: { dateTime: graphDateTime(meeting.start, view.zone), timeZone: view.name },
    end: { dateTime: graphDateTime(meeting.end, view.zone), timeZone: view.name },
    location:
      meeting.location === null
        ? { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} }
        : {
            displayName: meeting.location,
            locationType: 'default',
            uniqueId: meeting.location,
            uniqueIdType: 'private',
          },
    locations:
      meeting.location === null
        ? []
        : [{ displayName: meeting.location, locationType: 'default', uniqueIdType: 'unknown' }],
    recurrence: null,
    attendees: meeting.attendees.map((attendee) => ({
      type: attendee.type,
      status: { response: 'none', time: NEVER },
      emailAddress: attendee.emailAddress,
    })),
    organizer: { emailAddress: meeting.organizer },
    onlineMeeting: online ? { joinUrl: meeting.joinUrl } : null,
  };
}
