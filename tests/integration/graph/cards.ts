// Cards and request bodies as the two routes take them: Graph wants the card as a JSON string inside a chatMessage
// whose HTML body carries the <attachment> marker; Workflows wants the card object inside a message wrapper.

/** A board summary in Adaptive Card 1.5, with a Table (1.5 only) and a full-width Teams layout. */
export const TABLE_CARD_1_5 = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  msteams: { width: 'Full' },
  body: [
    { type: 'TextBlock', text: 'Sammanfattning Vård och omsorg', style: 'heading', wrap: true },
    {
      type: 'Table',
      columns: [{ width: 2 }, { width: 1 }],
      rows: [
        {
          type: 'TableRow',
          cells: [
            { type: 'TableCell', items: [{ type: 'TextBlock', text: 'Enheter klara' }] },
            { type: 'TableCell', items: [{ type: 'TextBlock', text: '12 av 14' }] },
          ],
        },
      ],
    },
  ],
  actions: [
    {
      type: 'Action.OpenUrl',
      title: 'Öppna i Stödinventering',
      url: 'https://teams.microsoft.com/l/entity/x/y',
    },
  ],
};

/** The same summary in Adaptive Card 1.4: user text only in TextRuns, figures in a FactSet. */
export const SUMMARY_CARD_1_4 = {
  type: 'AdaptiveCard',
  version: '1.4',
  msteams: { width: 'Full' },
  fallbackText: 'Sammanfattning Vård och omsorg: 12 av 14 enheter klara.',
  body: [
    {
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: 'Sammanfattning Vård och omsorg', weight: 'Bolder' }],
    },
    { type: 'FactSet', facts: [{ title: 'Enheter klara', value: '12 av 14' }] },
  ],
  actions: [
    {
      type: 'Action.OpenUrl',
      title: 'Öppna i Stödinventering',
      url: 'https://teams.microsoft.com/l/entity/x/y',
    },
  ],
};

/** A chatMessage carrying `card` (serialised unless `content` is given) as attachment `id`. */
export function graphMessage(
  card: unknown,
  options: { id?: string; content?: unknown; text?: string; summary?: string } = {},
): Record<string, unknown> {
  const id = options.id ?? '7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f';
  return {
    subject: 'Sammanfattning Vård och omsorg',
    summary: options.summary ?? '12 av 14 enheter klara',
    body: { contentType: 'html', content: `${options.text ?? ''}<attachment id="${id}"></attachment>` },
    attachments: [
      {
        id,
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: 'content' in options ? options.content : JSON.stringify(card),
      },
    ],
  };
}

/** The Workflows webhook body carrying `card` as an object. */
export function workflowMessage(card: unknown): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  };
}
