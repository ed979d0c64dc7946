// What the app sends Microsoft Graph and a Workflows webhook, sent to the local Graph receiver in their place: a
// channel message carrying an Adaptive Card and an activity notification, each with a Graph token the Teams host
// signs through nested app auth as the tab would get it (`https://graph.microsoft.com/.default`), and a card
// posted by the seeded flow.
import { DEV_BOARD_CHANNEL_ID, DEV_TEAM_ID, type RunningGraphReceiver } from '../../../emulators/graph';
import type { RunningTeamsHost } from '../../../emulators/teams-host';
import { wireFixture } from '../../fixtures/teams-wire/wire';

/** A Graph access token for `upn` from the host's nested app auth door. */
export async function graphToken(host: RunningTeamsHost, upn: string): Promise<string> {
  const recorded = wireFixture('naa').exchanges.find((e) => String(e.request.data).includes('"GetToken"'))!;
  const envelope = JSON.parse(recorded.request.data as string);
  envelope.tokenParams.scope = 'https://graph.microsoft.com/.default';
  const response = await fetch(`${host.url}_host/api/naa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ envelope: JSON.stringify(envelope), user: { upn } }),
  });
  const answer = JSON.parse(((await response.json()) as { envelope: string }).envelope) as {
    token?: { access_token: string };
  };
  if (answer.token === undefined) throw new Error(`The host gave no Graph token: ${JSON.stringify(answer)}`);
  return answer.token.access_token;
}

/** Posts `card` to the board's channel as Graph's chatMessage (the card as JSON text, named in the body). */
export function postCard(
  receiver: RunningGraphReceiver,
  token: string,
  message: { subject?: string; summary?: string; card: object },
): Promise<Response> {
  return fetch(
    `${receiver.graphUrl}/teams/${DEV_TEAM_ID}/channels/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}/messages`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...(message.subject !== undefined && { subject: message.subject }),
        ...(message.summary !== undefined && { summary: message.summary }),
        body: { contentType: 'html', content: '<attachment id="card"></attachment>' },
        attachments: [
          {
            id: 'card',
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: JSON.stringify(message.card),
          },
        ],
      }),
    },
  );
}

/** Sends `to` an activity notification whose topic opens `webUrl`. */
export function notify(
  receiver: RunningGraphReceiver,
  token: string,
  notification: {
    to: string;
    activityType: string;
    webUrl: string;
    previewText?: string;
    templateParameters?: Record<string, string>;
  },
): Promise<Response> {
  return fetch(
    `${receiver.graphUrl}/users/${encodeURIComponent(notification.to)}/teamwork/sendActivityNotification`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        topic: { source: 'text', value: 'Stödinventering', webUrl: notification.webUrl },
        activityType: notification.activityType,
        ...(notification.previewText !== undefined && { previewText: { content: notification.previewText } }),
        templateParameters: Object.entries(notification.templateParameters ?? {}).map(([name, value]) => ({
          name,
          value,
        })),
      }),
    },
  );
}

/** Posts `card` through the receiver's seeded Workflows flow, as a Teams webhook request (the card as an object). */
export function postViaWorkflow(receiver: RunningGraphReceiver, card: object): Promise<Response> {
  return fetch(receiver.workflowUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
      ],
    }),
  });
}
