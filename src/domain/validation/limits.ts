// The caps and why (also in docs/domain.md):
// - singleLineMax: SharePoint's single line of text holds at most 255 characters.
// - noteMax: a multi-line note holds 63,999 characters in SharePoint, an Excel cell 32,767 and an Adaptive Card
//   should stay short; 2,000 characters (about a page) is enough for a comment and keeps exports readable.
// - adminHoursPerWeekMax: a full-time week is 40 hours; managers work more, but more than 60 hours a week of
//   administration alone is a typing error (hours per month, or minutes), not an answer.
// - personsMax / medarbetarspannMax / chefsnaraStodArsarbetareMax: far above any real unit, they catch typos only.

/** The limits every validator applies. */
export const limits = {
  /** Longest single-line text (SharePoint Text field MaxLength). */
  singleLineMax: 255,
  /** Longest multi-line note (comments, gap and lacking-support descriptions, reviewer comments). */
  noteMax: 2000,
  /** Most administrative hours per week, summed over the categories. */
  adminHoursPerWeekMax: 60,
  /** Most persons reported in one support function of one unit. */
  personsMax: 1000,
  /** Widest span of control (medarbetarspann) a manager can report. */
  medarbetarspannMax: 500,
  /** Most chefsnära stöd (årsarbetare) a manager can report having access to. */
  chefsnaraStodArsarbetareMax: 50,
  /** Most employees in one unit. */
  headcountMax: 100_000,
  /** Lowest score for quality and competence. */
  scoreMin: 1,
  /** Highest score for quality and competence. */
  scoreMax: 5,
} as const;

// Float sums such as 0.1 + 0.2 must not fail "FTE ≤ persons"-style comparisons.
/** Tolerance for comparing sums of decimals. */
export const epsilon = 1e-9;
