import { ODataSyntaxError } from '../../../../emulators/sharepoint/odata/errors';
import {
  childElements,
  parseXml,
  textContent,
  xmlNestingDepth,
} from '../../../../emulators/sharepoint/odata/xml';

describe('parseXml', () => {
  it('reads elements, attributes in either quote, and self-closing tags', () => {
    const [view] = parseXml(
      `<View Scope="RecursiveAll"><RowLimit Paged='TRUE'>30</RowLimit><ViewFields/></View>`,
    );
    expect(view!.name).toBe('View');
    expect(view!.attributes).toEqual({ Scope: 'RecursiveAll' });
    const [rowLimit, viewFields] = childElements(view!);
    expect(rowLimit!.attributes).toEqual({ Paged: 'TRUE' });
    expect(textContent(rowLimit!)).toBe('30');
    expect(viewFields!.children).toEqual([]);
  });

  it('reads a fragment of several top-level elements, with whitespace, comments and a declaration', () => {
    const roots = parseXml(`<?xml version="1.0"?>\n<!-- a view query -->\n<Where/>\n  <OrderBy />\n`);
    expect(roots.map((r) => r.name)).toEqual(['Where', 'OrderBy']);
  });

  it('decodes the named entities and numeric character references in text and attributes', () => {
    const [value] = parseXml(`<Value T="&quot;a&apos;">&lt;b&gt; &amp; &#229;&#xE4;&#246; &#x1F600;</Value>`);
    expect(value!.attributes['T']).toBe(`"a'`);
    expect(textContent(value!)).toBe('<b> & åäö 😀');
  });

  it('keeps CDATA text verbatim, joined with the text around it', () => {
    const [value] = parseXml('<Value>a<![CDATA[<&>]]>b</Value>');
    expect(textContent(value!)).toBe('a<&>b');
  });

  it('keeps prefixed names as written', () => {
    expect(parseXml('<ns:a ns:x="1"/>')[0]).toMatchObject({ name: 'ns:a', attributes: { 'ns:x': '1' } });
  });

  it.each([
    ['<a>', 'unclosed element'],
    ['<a></b>', 'mismatched end tag'],
    ['</a>', 'end tag without a start'],
    ['<a x=1/>', 'unquoted attribute'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a x="1/>', 'unterminated attribute'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>& b</a>', 'bare ampersand'],
    ['<a><![CDATA[x</a>', 'unterminated CDATA'],
    ['<!-- x', 'unterminated comment'],
    ['<!DOCTYPE a><a/>', 'DTD'],
    ['text<a/>', 'text outside elements'],
    ['<a x="1"y="2"/>', 'no space between attributes'],
  ])('%s is rejected (%s)', (xml) => {
    expect(() => parseXml(xml)).toThrow(ODataSyntaxError);
  });
});

describe('xmlNestingDepth', () => {
  it('counts nested elements (self-closing ones too), not comments, CDATA or declarations', () => {
    expect(xmlNestingDepth('<Field Type="Choice"><CHOICES><CHOICE>a</CHOICE></CHOICES></Field>')).toBe(3);
    expect(xmlNestingDepth('<?xml version="1.0"?><!-- <a><b><c> --><Field/><![CDATA[<x><y>]]>')).toBe(1);
    expect(xmlNestingDepth('<A x="/>"><B y=\'>\'><C/></B></A>')).toBe(3);
    expect(xmlNestingDepth('plain text')).toBe(0);
  });

  it('measures text that is not well-formed, 100,000 deep, without recursing', () => {
    expect(xmlNestingDepth('<A>'.repeat(100_000))).toBe(100_000);
    expect(xmlNestingDepth('<A x="/>">'.repeat(100_000))).toBe(100_000);
  });
});
