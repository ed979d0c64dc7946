import { activityNotification, type ActivityParts } from './activityNotification';
import { channelMessage, type ChannelMessageParts } from './channelMessage';
import { eventOperation, type EventsParts } from './events';
import type { GraphOperation, GraphRequestDetails } from './operation';

/**
 * The Graph operations the receiver models, by method and path after `/v1.0/` (segment names compared without
 * case, as Graph does): anything else is answered 501 by the server.
 */
export function graphRoutes(parts: {
  channelMessage: ChannelMessageParts;
  activity: ActivityParts;
  events: EventsParts;
}): (
  method: string,
  segments: readonly string[],
  details: GraphRequestDetails,
) => GraphOperation | undefined {
  return (method, segments, details) => {
    const event = eventOperation(parts.events, { method, segments, details });
    if (event) return event;
    if (method !== 'POST') return undefined;
    const names = segments.map((segment) => segment.toLowerCase());
    if (names.length === 5 && names[0] === 'teams' && names[2] === 'channels' && names[4] === 'messages') {
      return channelMessage(parts.channelMessage, { teamId: segments[1]!, channelId: segments[3]! });
    }
    if (
      names.length === 4 &&
      names[0] === 'users' &&
      names[2] === 'teamwork' &&
      names[3] === 'sendactivitynotification'
    ) {
      return activityNotification(parts.activity, segments[1]!);
    }
    return undefined;
  };
}
