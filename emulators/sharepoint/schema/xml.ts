// A small, strict reader for the XML fragments SharePoint's API takes as strings (Field schema XML). It reads
// elements, attributes, text and the five named plus numeric character references; nothing else is needed.

/** One XML element. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses one root element. @throws Error with a position when the text is not well-formed. */
export function parseXmlElement(text: string): XmlElement {
  const reader = { text, at: 0 };
  skipProlog(reader);
  const element = readElement(reader);
  skipSpace(reader);
  if (reader.at < text.length) throw new Error(`Unexpected content after the root element at ${reader.at}.`);
  return element;
}

/** The first child with the name (case-insensitive). */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name.toLowerCase() === name.toLowerCase());
}

interface Reader {
  text: string;
  at: number;
}

function skipSpace(reader: Reader): void {
  while (reader.at < reader.text.length && /\s/.test(reader.text[reader.at]!)) reader.at++;
}

function skipProlog(reader: Reader): void {
  for (;;) {
    skipSpace(reader);
    if (reader.text.startsWith('<?', reader.at)) reader.at = indexAfter(reader, '?>');
    else if (reader.text.startsWith('<!--', reader.at)) reader.at = indexAfter(reader, '-->');
    else return;
  }
}

function indexAfter(reader: Reader, marker: string): number {
  const end = reader.text.indexOf(marker, reader.at);
  if (end < 0) throw new Error(`'${marker}' expected after ${reader.at}.`);
  return end + marker.length;
}

function readName(reader: Reader): string {
  const match = /^[A-Za-z_:][\w:.-]*/.exec(reader.text.slice(reader.at));
  if (!match) throw new Error(`A name was expected at ${reader.at}.`);
  reader.at += match[0].length;
  return match[0];
}

function readElement(reader: Reader): XmlElement {
  if (reader.text[reader.at] !== '<') throw new Error(`'<' expected at ${reader.at}.`);
  reader.at++;
  const element: XmlElement = { name: readName(reader), attributes: {}, children: [], text: '' };
  for (;;) {
    skipSpace(reader);
    if (reader.text.startsWith('/>', reader.at)) {
      reader.at += 2;
      return element;
    }
    if (reader.text[reader.at] === '>') {
      reader.at++;
      break;
    }
    const name = readName(reader);
    skipSpace(reader);
    if (reader.text[reader.at] !== '=')
      throw new Error(`'=' expected after attribute ${name} at ${reader.at}.`);
    reader.at++;
    skipSpace(reader);
    const quote = reader.text[reader.at];
    if (quote !== '"' && quote !== "'")
      throw new Error(`A quoted value was expected for ${name} at ${reader.at}.`);
    const end = reader.text.indexOf(quote, reader.at + 1);
    if (end < 0) throw new Error(`Unterminated value of ${name}.`);
    element.attributes[name] = decodeEntities(reader.text.slice(reader.at + 1, end));
    reader.at = end + 1;
  }
  for (;;) {
    if (reader.at >= reader.text.length) throw new Error(`</${element.name}> expected.`);
    if (reader.text.startsWith('</', reader.at)) {
      reader.at += 2;
      const name = readName(reader);
      if (name !== element.name) throw new Error(`</${element.name}> expected, found </${name}>.`);
      skipSpace(reader);
      if (reader.text[reader.at] !== '>') throw new Error(`'>' expected at ${reader.at}.`);
      reader.at++;
      return element;
    }
    if (reader.text.startsWith('<!--', reader.at)) {
      reader.at = indexAfter(reader, '-->');
    } else if (reader.text.startsWith('<![CDATA[', reader.at)) {
      const end = reader.text.indexOf(']]>', reader.at);
      if (end < 0) throw new Error('Unterminated CDATA section.');
      element.text += reader.text.slice(reader.at + 9, end);
      reader.at = end + 3;
    } else if (reader.text[reader.at] === '<') {
      element.children.push(readElement(reader));
    } else {
      const next = reader.text.indexOf('<', reader.at);
      const end = next < 0 ? reader.text.length : next;
      element.text += decodeEntities(reader.text.slice(reader.at, end));
      reader.at = end;
    }
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity as 'amp'];
  });
}

/** Escapes text for an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
