// The form's state: an edit replaces only its function's line (so no other section renders), and a save that
// lands while the manager types keeps what was typed meanwhile.
import {
  emptyFirstLine,
  emptyInventory,
  emptyLine,
  type Inventory,
  type ReviewDecision,
} from '../../../src/domain';
import { formReducer, initialFormState, isDirty, type FormAction } from '../../../src/ui/form/formState';
import { managerOrganisation, PEOPLE } from '../../e2e/lib/managerSite';

const unit = managerOrganisation().find((u) => u.id === 'E1')!;
const stored: Inventory = {
  ...emptyInventory(unit, 'host'),
  version: 'v1',
  lines: ['ekonomi', 'hr', 'it'].map(emptyLine),
};
const actor = { upn: PEOPLE.anna, roles: [] };
const edit = (functionId: string, persons: number): FormAction => ({
  type: 'line',
  functionId,
  update: (line) => (line.persons === persons ? line : { ...line, persons }),
  emptyLine: emptyLine(functionId),
  actor,
  at: '2026-01-01T10:00:00Z',
});

it('replaces only the edited line and makes a not-started inventory a draft', () => {
  const before = initialFormState({ draft: stored });
  const after = formReducer(before, edit('hr', 2));
  expect(after.draft.lines[1]).toMatchObject({ functionId: 'hr', persons: 2 });
  expect(after.draft.lines[0]).toBe(before.draft.lines[0]);
  expect(after.draft.lines[2]).toBe(before.draft.lines[2]);
  expect(after.draft.status).toBe('draft');
  expect(isDirty(after)).toBe(true);
  expect(after.lastFunctionId).toBe('hr');
});

it('ignores an edit that changes nothing', () => {
  const before = formReducer(initialFormState({ draft: stored }), edit('hr', 2));
  expect(formReducer(before, edit('hr', 2))).toBe(before);
});

it('keeps edits made while a save was under way, on the new version', () => {
  let state = formReducer(initialFormState({ draft: stored }), edit('ekonomi', 1));
  const sentSeq = state.seq;
  const saved = { ...state.draft, version: 'v2', revision: 'r2' };
  state = formReducer(state, edit('it', 4));
  state = formReducer(state, { type: 'saved', stored: saved, seq: sentSeq, at: '2026-01-01T10:00:02Z' });
  expect(state.draft.version).toBe('v2');
  expect(state.draft.lines.find((l) => l.functionId === 'it')?.persons).toBe(4);
  expect(isDirty(state)).toBe(true);
  expect(state.savedAt).toBe('2026-01-01T10:00:02Z');
  state = formReducer(state, {
    type: 'saved',
    stored: { ...state.draft, version: 'v3' },
    seq: state.seq,
    at: 'x',
  });
  expect(isDirty(state)).toBe(false);
});

it('keeps text that is not a number beside the draft, and drops it once the field reads again', () => {
  let state = initialFormState({ draft: stored });
  state = formReducer(state, { type: 'unparsed', path: 'lines.hr.arsarbetare', text: '1,,5' });
  expect(state.unparsed).toEqual({ 'lines.hr.arsarbetare': '1,,5' });
  expect(isDirty(state)).toBe(false);
  state = formReducer(state, { type: 'unparsed', path: 'lines.hr.arsarbetare', text: null });
  expect(state.unparsed).toEqual({});
});

it('changes the first-line section through the domain edit as well', () => {
  const state = formReducer(initialFormState({ draft: stored }), {
    type: 'firstLine',
    update: (section) => ({ ...section, medarbetarspann: 14 }),
    emptySection: emptyFirstLine(),
    actor,
    at: '2026-01-01T10:00:00Z',
  });
  expect(state.draft.firstLine?.medarbetarspann).toBe(14);
  state.draft.lines.forEach((line, i) => expect(line).toBe(stored.lines[i]));
});

it('knows what SharePoint holds at the draft’s version: the stored inventory, then each save', () => {
  let state = formReducer(initialFormState({ draft: stored }), edit('ekonomi', 1));
  expect(state.base).toBe(stored);
  const sentSeq = state.seq;
  const saved = { ...state.draft, version: 'v2', revision: 'r2' };
  state = formReducer(state, edit('it', 4));
  state = formReducer(state, { type: 'saved', stored: saved, seq: sentSeq, at: '2026-01-01T10:00:02Z' });
  // What was sent, not the edit made while it was under way.
  expect(state.base).toBe(saved);
});

it('moves the draft onto a stored version after a conflict without losing an edit, still to be saved', () => {
  let state = formReducer(initialFormState({ draft: stored }), edit('hr', 2));
  const decision: ReviewDecision = {
    id: '7',
    verdict: 'returned',
    comment: 'Komplettera',
    decidedBy: null,
    decidedAt: null,
    revision: 'r1',
  };
  const theirs: Inventory = { ...stored, version: 'v2', revision: 'r2', decisions: [decision] };
  state = formReducer(state, { type: 'rebased', stored: theirs });
  expect(state.draft).toMatchObject({
    version: 'v2',
    revision: 'r2',
    decisions: [decision],
    status: 'draft',
  });
  expect(state.draft.lines.find((l) => l.functionId === 'hr')?.persons).toBe(2);
  expect(state.base).toBe(theirs);
  expect(isDirty(state)).toBe(true);
});
