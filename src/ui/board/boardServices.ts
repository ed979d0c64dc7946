import {
  AppError,
  boardScopeKey,
  fittingCard,
  graphChannelMessage,
  publishRecorded,
  workflowsMessage,
  type BoardSummary,
  type CardJson,
  type CardRoute,
  type ChannelPoster,
  type PublicationRecord,
  type PublicationStore,
  type PublishOutcome,
} from '../../domain';

// What the board's pages need from outside src/ui: the composition root wires Sammanställningar
// (src/sharepoint) and the two ways into the channel (src/graph), loaded with `import()` on first use.

/** The project team's publishing, and the board's reading. */
export interface BoardServices {
  /** Whether Graph can be used: the board's channel is configured. */
  readonly graphConfigured: boolean;
  /** The card a summary becomes on `route`, with its link to the board's tab. */
  card(summary: BoardSummary, route: CardRoute): CardJson;
  /**
   * Records a summary in Sammanställningar, about to be posted on `route` (`webhookUrl` for Workflows).
   * @throws AppError `invalid` before recording anything when Teams would refuse the card (too large)
   */
  record(summary: BoardSummary, route: CardRoute, webhookUrl?: string): Promise<PublicationRecord>;
  /** Posts a recorded summary, the first time or again after a failure; never a second time once posted. */
  post(record: PublicationRecord, webhookUrl?: string): Promise<PublishOutcome>;
  /** The newest summary of a scope that reached the channel. */
  latest(scopeKey: string): Promise<PublicationRecord | null>;
}

/** The parts `boardServices` is built from. */
export interface BoardParts {
  readonly store: PublicationStore;
  /** Graph's poster, or `null` when the channel is not configured. */
  readonly graph: ChannelPoster | null;
  readonly workflows: (webhookUrl: string) => ChannelPoster;
  /** The deep link to the board's tab of a scope. */
  readonly link: (scopeKey: string, label: string) => string;
  readonly now: () => Date;
}

/** The board's services on the given parts. */
export function boardServices(parts: BoardParts): BoardServices {
  const { store } = parts;
  const card = (summary: BoardSummary, route: CardRoute): CardJson => {
    return fittingCard(summary, { route, link: parts.link(boardScopeKey(summary.scope), summary.area.name) });
  };
  const poster = (route: CardRoute, webhookUrl: string | undefined): ChannelPoster => {
    if (route === 'workflows' && webhookUrl !== undefined) return parts.workflows(webhookUrl);
    if (route === 'graph' && parts.graph !== null) return parts.graph;
    throw new AppError('invalid', { message: `No way into the channel by ${route}` });
  };
  const post = (record: PublicationRecord, webhookUrl: string | undefined) =>
    publishRecorded(
      { store, poster: poster(record.route, webhookUrl), now: parts.now },
      record,
      card(record.summary, record.route),
    );
  return {
    graphConfigured: parts.graph !== null,
    card,
    record: async (summary, route, webhookUrl) => {
      // A card Teams would refuse is refused here, before anything is recorded.
      const built = card(summary, route);
      if (route === 'graph') graphChannelMessage(built, { attachmentId: 'x', subject: '', summary: '' });
      else workflowsMessage(built);
      poster(route, webhookUrl);
      return store.record(summary, route);
    },
    post,
    latest: (scopeKey) => store.latestPosted(scopeKey),
  };
}
