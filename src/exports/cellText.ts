// Text as it goes into a workbook cell: never a formula, and exactly the text it was, å/ä/ö, `&`, `#` and quotes
// included (docs/exports.md, "Formulas never run").
//
// ExcelJS writes every string as a shared string (`t="s"`), never as a formula, so Excel shows it as text. But a
// workbook gets saved as CSV, and a spreadsheet opening that CSV runs any field that starts with `=`, `+`, `-` or
// `@` (or a tab or carriage return, which some programs strip before looking) as a formula: "CSV injection". So
// such text is written with an apostrophe in front, which survives a CSV save and makes every spreadsheet read the
// field as text. The apostrophe is visible; it is the price of a file that stays safe however it is saved.

/** The apostrophe put in front of text a spreadsheet could run as a formula. */
export const formulaGuard = "'";

// First character after any leading whitespace, or a tab/CR at the very start.
const formulaStart = /^(?:[\t\r]|\s*[=+\-@])/u;

/** Whether a spreadsheet could read `text` as a formula (if it came back through CSV). */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

// Characters XML 1.0 cannot carry (C0 controls but tab and LF; U+FFFE, U+FFFF), and CR, which an XML reader turns
// into LF. OOXML writes them as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring; Excel itself writes CR as
// `_x000D_`), and a literal `_xHHHH_` in the text must then be written with its underscore escaped (`_x005F_`), or
// Excel would read it back as the character it names.
// eslint-disable-next-line no-control-regex -- these are exactly the control characters XML cannot carry.
const needsEscape = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/gu;

function ooxmlEscape(text: string): string {
  return text.replace(
    needsEscape,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** The text to write into a cell: guarded against formulas, and encoded so that it reads back exactly. */
export function cellText(text: string): string {
  return ooxmlEscape(looksLikeFormula(text) ? `${formulaGuard}${text}` : text);
}
