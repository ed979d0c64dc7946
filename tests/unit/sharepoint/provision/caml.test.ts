import { canonicalCaml, sameCaml } from '../../../../src/sharepoint/provision';
import { listViews } from '../../../../src/sharepoint/schema';

describe('canonicalCaml', () => {
  it('treats quote style, whitespace, attribute order and empty elements as the same', () => {
    const written =
      "<Where><In><FieldRef Name='Status'/><Values><Value Type='Choice'>Utkast</Value></Values></In></Where>";
    const stored =
      '<Where>\n  <In>\n    <FieldRef Name="Status" />\n    <Values>\n      <Value Type="Choice">Utkast</Value>\n    </Values>\n  </In>\n</Where>';
    expect(sameCaml(written, stored)).toBe(true);
    expect(
      sameCaml(
        '<GroupBy Collapse="FALSE" GroupLimit="100"></GroupBy>',
        "<GroupBy GroupLimit='100' Collapse='FALSE'/>",
      ),
    ).toBe(true);
  });

  it('tells different filters, values and orders apart', () => {
    const view = listViews.inventeringar.find((v) => v.title === 'Inskickade')!;
    expect(sameCaml(view.query, view.query.replace('Inskickad', 'Utkast'))).toBe(false);
    expect(
      sameCaml(
        "<OrderBy><FieldRef Name='Title'/></OrderBy>",
        "<OrderBy><FieldRef Name='Title' Ascending='FALSE'/></OrderBy>",
      ),
    ).toBe(false);
    expect(sameCaml('', "<OrderBy><FieldRef Name='Title'/></OrderBy>")).toBe(false);
  });

  it('decodes entities, so &amp; and & compare equal', () => {
    expect(canonicalCaml("<Value Type='Text'>Kultur &amp; fritid</Value>")).toBe(
      '<Value Type="Text">Kultur & fritid</Value>',
    );
  });
});
