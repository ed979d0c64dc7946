// Microsoft Graph and Workflows: the only network IO to Teams outside teams-js, through PnPjs's Graph client.
export { graphActivityNotifier, reminderActivityType, type ReminderWording } from './activity';
export { graphChannelPoster, workflowsPoster, type ChannelAddress } from './channel';
export { createGraphClient, GRAPH_RESOURCE, GRAPH_URL, type GraphClientOptions } from './client';
