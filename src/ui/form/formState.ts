import {
  editInventory,
  type Actor,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
} from '../../domain';

// The form's state: the draft inventory and what the manager typed that is not a number yet. Edits go through
// the domain's `editInventory`, which replaces only the edited line, so every other line keeps its identity and
// its memoised section does not render again on a keystroke.

/** The form's state. */
export interface FormState {
  /** The inventory as the manager is shaping it; `version` is the stored version it builds on. */
  readonly draft: Inventory;
  /**
   * The inventory as SharePoint held it at `draft.version`, as far as this session knows: what a conflict is
   * compared with to tell the answers someone else stored from the manager's own edits.
   */
  readonly base: Inventory;
  /** Texts typed into number fields that do not read as numbers, by validation path; never saved to SharePoint. */
  readonly unparsed: Readonly<Record<string, string>>;
  /** Content changes made so far (a counter, so the autosave knows whether it saved the latest). */
  readonly seq: number;
  /** The `seq` of the content SharePoint has stored. */
  readonly savedSeq: number;
  /** When SharePoint last stored the draft in this session (ISO instant). */
  readonly savedAt: string | null;
  /** The function the manager last changed, to resume there. */
  readonly lastFunctionId: string | null;
}

/** A change to the form's state. */
export type FormAction =
  /** The manager changed a function's line. */
  | {
      readonly type: 'line';
      readonly functionId: string;
      readonly update: (line: InventoryLine) => InventoryLine;
      readonly emptyLine: InventoryLine;
      readonly actor: Actor;
      readonly at: string;
    }
  /** The manager changed the first-line section. */
  | {
      readonly type: 'firstLine';
      readonly update: (section: FirstLineSection) => FirstLineSection;
      readonly emptySection: FirstLineSection;
      readonly actor: Actor;
      readonly at: string;
    }
  /** A number field holds text that is not a number (`text`), or reads again (`null`). */
  | { readonly type: 'unparsed'; readonly path: string; readonly text: string | null }
  /** SharePoint stored the draft as it was at `seq`. */
  | { readonly type: 'saved'; readonly stored: Inventory; readonly seq: number; readonly at: string }
  /**
   * The draft moves onto `stored`'s version (SharePoint's ETags and revision, and its decisions), keeping every
   * answer and edit of the draft: after a conflict in which `stored` holds no answer the manager has not seen.
   * The draft still has to be saved.
   */
  | { readonly type: 'rebased'; readonly stored: Inventory }
  /**
   * The draft is replaced (a conflict resolved, a submit stored); `stored` is the version SharePoint holds that it
   * builds on, `dirty` when it still has to be saved, `savedAt` when SharePoint has just stored it.
   */
  | {
      readonly type: 'replace';
      readonly draft: Inventory;
      readonly stored: Inventory;
      readonly dirty: boolean;
      readonly savedAt?: string;
    };

/** The state a form opens with. */
export function initialFormState(options: {
  readonly draft: Inventory;
  /** What SharePoint holds at the draft's version. @default draft */
  readonly base?: Inventory;
  readonly unparsed?: Readonly<Record<string, string>>;
  readonly dirty?: boolean;
  readonly lastFunctionId?: string | null;
}): FormState {
  const dirty = options.dirty ?? false;
  return {
    draft: options.draft,
    base: options.base ?? options.draft,
    unparsed: options.unparsed ?? {},
    seq: dirty ? 1 : 0,
    savedSeq: 0,
    savedAt: null,
    lastFunctionId: options.lastFunctionId ?? null,
  };
}

/** Whether the draft holds changes SharePoint has not stored. */
export function isDirty(state: FormState): boolean {
  return state.seq > state.savedSeq;
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'line': {
      const current = state.draft.lines.find((l) => l.functionId === action.functionId) ?? action.emptyLine;
      const line = action.update(current);
      if (line === current) return state;
      const edited = editInventory(state.draft, { actor: action.actor, at: action.at, lines: [line] });
      // A refused edit (locked, not the manager) leaves the form as it was; the form is read-only then anyway.
      if (!edited.ok) return state;
      return { ...state, draft: edited.inventory, seq: state.seq + 1, lastFunctionId: action.functionId };
    }
    case 'firstLine': {
      const current = state.draft.firstLine ?? action.emptySection;
      const firstLine = action.update(current);
      if (firstLine === current) return state;
      const edited = editInventory(state.draft, { actor: action.actor, at: action.at, firstLine });
      if (!edited.ok) return state;
      return { ...state, draft: edited.inventory, seq: state.seq + 1 };
    }
    case 'unparsed': {
      if ((state.unparsed[action.path] ?? null) === action.text) return state;
      const unparsed = { ...state.unparsed };
      if (action.text === null) delete unparsed[action.path];
      else unparsed[action.path] = action.text;
      return { ...state, unparsed };
    }
    case 'saved': {
      const latest = action.seq === state.seq;
      const { stored } = action;
      // Edits made while the save was under way stay in the draft; they now build on the new version.
      const draft = latest
        ? { ...state.draft, version: stored.version, revision: stored.revision, status: stored.status }
        : { ...state.draft, version: stored.version, revision: stored.revision };
      return {
        ...state,
        draft: { ...draft, decisions: stored.decisions },
        base: stored,
        savedSeq: Math.max(state.savedSeq, action.seq),
        savedAt: action.at,
      };
    }
    case 'rebased': {
      const { stored } = action;
      const draft = {
        ...state.draft,
        version: stored.version,
        revision: stored.revision,
        decisions: stored.decisions,
      };
      return { ...state, draft, base: stored };
    }
    case 'replace':
      return {
        ...state,
        draft: action.draft,
        base: action.stored,
        seq: state.seq + 1,
        savedSeq: action.dirty ? state.savedSeq : state.seq + 1,
        savedAt: action.savedAt ?? state.savedAt,
      };
  }
}
