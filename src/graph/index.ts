// Microsoft Graph and Workflows: the only network IO to Teams and Outlook outside teams-js, through PnPjs's Graph
// client.
export { graphActivityNotifier, reminderActivityType, type ReminderWording } from './activity';
export {
  cancelMeeting,
  createMeeting,
  updateMeeting,
  type BookedMeeting,
  type MeetingAttendee,
  type MeetingChanges,
  type MeetingRef,
  type MeetingRequest,
  type MeetingText,
  type MeetingTimeZone,
} from './calendar';
export { graphChannelPoster, workflowsPoster, type ChannelAddress } from './channel';
export { createGraphClient, GRAPH_RESOURCE, GRAPH_URL, type GraphClientOptions } from './client';
