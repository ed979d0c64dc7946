// SharePoint may give a view's CAML back in another spelling than it was written (double instead of single
// quotes, `<FieldRef Name="x" />` instead of `<FieldRef Name='x'/>`, whitespace between elements, attributes in
// another order). Comparing a canonical form keeps a second provisioning run from "changing" views that are
// already right.

const tagPattern = /<\s*(\/?)\s*([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)\s*>/g;
const attributePattern = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** CAML in one spelling: no whitespace between elements, sorted double-quoted attributes, `<x/>` for empty ones. */
export function canonicalCaml(xml: string): string {
  let out = '';
  let last = 0;
  for (const match of xml.matchAll(tagPattern)) {
    const text = xml.slice(last, match.index).trim();
    if (text !== '') out += decodeEntities(text);
    last = (match.index ?? 0) + match[0].length;
    const [, closing, name, attributeText = '', selfClosing] = match;
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    const attributes = [...attributeText.matchAll(attributePattern)]
      .map((a) => [a[1] ?? '', decodeEntities(a[2] ?? a[3] ?? '')] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    const rendered = attributes.map(([key, value]) => ` ${key}="${value}"`).join('');
    out += selfClosing ? `<${name}${rendered}/>` : `<${name}${rendered}>`;
  }
  const tail = xml.slice(last).trim();
  if (tail !== '') out += decodeEntities(tail);
  // <a></a> and <a/> mean the same.
  return out.replace(/<([\w.:-]+)((?: [\w.:-]+="[^"]*")*)><\/\1>/g, '<$1$2/>');
}

/** Whether two CAML fragments say the same. */
export function sameCaml(a: string, b: string): boolean {
  return canonicalCaml(a) === canonicalCaml(b);
}
