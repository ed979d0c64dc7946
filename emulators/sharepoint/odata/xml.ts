import { ODataSyntaxError } from './errors';

/** An XML element; text children are strings with entities and CDATA already resolved. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 0-based offset of the element's `<` in the source, for error messages. */
  position: number;
}

/** A child of an element: an element or a run of text. */
export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses an XML fragment (one or more top-level elements, as a view's `ViewQuery` is) into elements. Handles
 * attributes in ' or ", self-closing tags, the five named entities and `&#NNN;`/`&#xHH;`, CDATA, comments and
 * the `<?xml?>` declaration; no DTDs and no namespaces beyond keeping prefixed names as written.
 * @throws {ODataSyntaxError} on malformed XML.
 */
export function parseXml(source: string): XmlElement[] {
  const root: XmlElement = { name: '#fragment', attributes: {}, children: [], position: 0 };
  const stack: XmlElement[] = [root];
  let i = 0;
  const fail = (pos: number, detail: string): never => {
    throw new ODataSyntaxError('The XML is not well-formed.', {
      position: pos,
      detail: `${detail} at ${pos}.`,
    });
  };
  const top = (): XmlElement => stack[stack.length - 1]!;
  const readName = (pos: number): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(source);
    if (!m) return fail(pos, 'Expected a name');
    return m[0];
  };

  while (i < source.length) {
    if (source[i] !== '<') {
      const end = source.indexOf('<', i);
      const raw = source.slice(i, end < 0 ? source.length : end);
      appendText(top(), decodeEntities(raw, i, fail));
      i = end < 0 ? source.length : end;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) fail(i, 'Unterminated comment');
      i = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      if (end < 0) fail(i, 'Unterminated CDATA section');
      appendText(top(), source.slice(i + 9, end));
      i = end + 3;
      continue;
    }
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end < 0) fail(i, 'Unterminated processing instruction');
      i = end + 2;
      continue;
    }
    if (source.startsWith('<!', i)) fail(i, 'DTDs are not allowed');
    if (source[i + 1] === '/') {
      const name = readName(i + 2);
      let j = NAME.lastIndex;
      while (/\s/.test(source[j] ?? '')) j++;
      if (source[j] !== '>') fail(j, `Expected '>' to close </${name}`);
      const open = top();
      if (stack.length === 1 || open.name !== name) fail(i, `</${name}> does not match <${open.name}>`);
      stack.pop();
      i = j + 1;
      continue;
    }
    const element: XmlElement = { name: readName(i + 1), attributes: {}, children: [], position: i };
    let j = NAME.lastIndex;
    for (;;) {
      const start = j;
      while (/\s/.test(source[j] ?? '')) j++;
      if (source.startsWith('/>', j)) {
        top().children.push(element);
        i = j + 2;
        break;
      }
      if (source[j] === '>') {
        top().children.push(element);
        stack.push(element);
        i = j + 1;
        break;
      }
      if (j === start || j >= source.length) fail(j, `Malformed tag <${element.name}`);
      const attr = readName(j);
      j = NAME.lastIndex;
      while (/\s/.test(source[j] ?? '')) j++;
      if (source[j] !== '=') fail(j, `Expected '=' after attribute ${attr}`);
      j++;
      while (/\s/.test(source[j] ?? '')) j++;
      const quote = source[j];
      if (quote !== '"' && quote !== "'") return fail(j, `Attribute ${attr} needs a quoted value`);
      const end = source.indexOf(quote, j + 1);
      if (end < 0) fail(j, `Unterminated value of attribute ${attr}`);
      if (attr in element.attributes) fail(j, `Duplicate attribute ${attr}`);
      element.attributes[attr] = decodeEntities(source.slice(j + 1, end), j + 1, fail);
      j = end + 1;
    }
  }
  if (stack.length > 1) fail(source.length, `<${top().name}> is not closed`);
  for (const child of root.children) {
    if (typeof child === 'string' && child.trim() !== '')
      fail(0, `Text '${child.trim()}' outside any element`);
  }
  return childElements(root);
}

/**
 * How deeply elements nest in XML text, counted by scanning tags (quoted attribute values, comments, CDATA and
 * declarations skipped) without building a tree or recursing — so it also measures text that is not well-formed,
 * before a recursive reader is given it.
 */
export function xmlNestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let i = source.indexOf('<');
  while (i >= 0) {
    const skipTo = (marker: string): number => {
      const end = source.indexOf(marker, i);
      return end < 0 ? source.length : end + marker.length;
    };
    let next: number;
    if (source.startsWith('<!--', i)) next = skipTo('-->');
    else if (source.startsWith('<![CDATA[', i)) next = skipTo(']]>');
    else if (source[i + 1] === '?' || source[i + 1] === '!') next = skipTo('>');
    else {
      let j = i + 1;
      let quote: string | undefined;
      for (; j < source.length; j++) {
        const c = source[j];
        if (quote !== undefined) {
          if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (source[i + 1] === '/') depth--;
      else {
        deepest = Math.max(deepest, depth + 1);
        if (source[j - 1] !== '/') depth++;
      }
      next = j + 1;
    }
    i = source.indexOf('<', next);
  }
  return deepest;
}

/** The element children of an element, in order. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The concatenated text of an element's direct text children. */
export function textContent(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

function appendText(parent: XmlElement, text: string): void {
  if (text === '') return;
  const last = parent.children[parent.children.length - 1];
  if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
  else parent.children.push(text);
}

function decodeEntities(raw: string, offset: number, fail: (pos: number, detail: string) => never): string {
  return raw.replace(/&([^;&\s]*);?/g, (match, name: string, index: number) => {
    if (!match.endsWith(';')) return fail(offset + index, `Unterminated entity '${match}'`);
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code !== undefined) {
      const value = name.startsWith('#x') || name.startsWith('#X') ? parseInt(code, 16) : parseInt(code, 10);
      if (value > 0x10ffff) return fail(offset + index, `Character reference out of range '${match}'`);
      return String.fromCodePoint(value);
    }
    return fail(offset + index, `Unknown entity '${match}'`);
  });
}
