const ATTACHMENT_MARKER = /<attachment\s+id\s*=\s*"([^"]*)"\s*>\s*<\/attachment>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The ids of the `<attachment id="…"></attachment>` markers in a message body, in order. */
export function attachmentMarkers(content: string): string[] {
  return [...content.matchAll(ATTACHMENT_MARKER)].map((match) => match[1]!);
}

/**
 * What a reader sees of a message body, as plain text: markers gone and, for HTML, tags dropped (block ends
 * become line breaks) and entities decoded; whitespace runs collapsed.
 */
export function plainText(content: string, contentType: 'text' | 'html'): string {
  const withoutMarkers = content.replace(ATTACHMENT_MARKER, ' ');
  const text =
    contentType === 'html'
      ? decodeEntities(
          withoutMarkers.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])>/gi, '\n').replace(/<[^>]*>/g, ''),
        )
      : withoutMarkers;
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
