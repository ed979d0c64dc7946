import { type GraphFI } from '@pnp/graph';
import '@pnp/graph/teams';
import { type ChatMessage } from '@microsoft/microsoft-graph-types';
import {
  graphChannelMessage,
  workflowsMessage,
  type BoardSummary,
  type CardJson,
  type ChannelPoster,
  type PostReceipt,
} from '../domain/board';
import { errorOfNetwork, errorOfResponse, graphError } from './errors';

// The two ways into the board's channel (docs/channel.md): Graph as the signed-in project team member (delegated
// ChannelMessage.Send), or a Workflows webhook whose URL is the secret. Neither retries by itself.

/** The board's team and channel. */
export interface ChannelAddress {
  /** The team's id: its Microsoft 365 group's GUID. */
  readonly teamId: string;
  /** The channel's id, `19:…@thread.tacv2`. */
  readonly channelId: string;
}

function subjectOf(summary: BoardSummary): string {
  return `Stödinventering: ${summary.area.name}`;
}

function previewOf(summary: BoardSummary): string {
  return `${summary.area.submittedOrApproved} av ${summary.area.units} enheter har skickat in.`;
}

/** Posts through Graph: `POST /teams/{teamId}/channels/{channelId}/messages`, the card as an attachment. */
export function graphChannelPoster(graph: GraphFI, address: ChannelAddress): ChannelPoster {
  return {
    async post(
      card: CardJson,
      options: { attachmentId: string; summary: BoardSummary },
    ): Promise<PostReceipt> {
      const message = graphChannelMessage(card, {
        attachmentId: options.attachmentId,
        subject: subjectOf(options.summary),
        summary: previewOf(options.summary),
      });
      try {
        const result = await graph.teams
          .getById(address.teamId)
          .channels.getById(address.channelId)
          .messages.add(message as unknown as ChatMessage);
        const id = (result as { id?: unknown }).id ?? (result as { data?: { id?: unknown } }).data?.id;
        return { messageId: typeof id === 'string' ? id : null };
      } catch (error) {
        throw await graphError(error);
      }
    },
  };
}

/** Posts to a Workflows webhook ("When a Teams webhook request is received"), which answers 202 and no id. */
export function workflowsPoster(webhookUrl: string, fetchImpl: typeof fetch = fetch): ChannelPoster {
  return {
    async post(card: CardJson): Promise<PostReceipt> {
      const body = JSON.stringify(workflowsMessage(card));
      let response: Response;
      try {
        response = await fetchImpl(webhookUrl, {
          method: 'POST',
          // The webhook counts the body's size in the charset it is told; say UTF-8 (msteams-docs, cards-format).
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body,
        });
      } catch (error) {
        throw errorOfNetwork('Workflows', error);
      }
      if (!response.ok) throw await errorOfResponse('Workflows', response);
      return { messageId: null };
    },
  };
}
